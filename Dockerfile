# syntax=docker/dockerfile:1
# Parley's container: `docker build -t parley .` then `docker run -p 4000:4000 parley` (simulated
# providers) or with provider credentials in the environment. compose.yaml runs two replicas,
# Redis and a load balancer. Stages: build (all dependencies, compiles TypeScript), prod-deps
# (production dependencies only), runtime (those two outputs, nothing else, as a non-root user).

# The active LTS line; any line in package.json `engines` works (README, "Supported runtimes").
ARG NODE_VERSION=26.12.1

FROM node:${NODE_VERSION}-slim AS build
WORKDIR /app
# Manifests first: the dependency layer is reused until package.json or the lockfile changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# .dockerignore leaves scripts/, bench/ and test/ out, so this compiles src/ only.
RUN npm run build

FROM node:${NODE_VERSION}-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_VERSION}-slim AS runtime
# production: introspection and "did you mean" hints off (README, Configuration).
ENV NODE_ENV=production \
    PORT=4000
WORKDIR /app
# Owned by root and not writable by the user the server runs as: the code cannot be altered at run time.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/src ./dist/src
COPY package.json ./
# The official image's unprivileged user (uid 1000).
USER node
EXPOSE 4000
# /health answers once the server listens; the slim image has no curl, so Node's fetch asks.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The built output, no build step (= `npm run serve`). Node itself is PID 1 so SIGTERM reaches
# Parley's own handler, which drains in-flight requests (PARLEY_SHUTDOWN_GRACE_MS) and exits 0.
CMD ["node", "dist/src/index.js"]
