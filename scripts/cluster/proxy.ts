import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Backend {
  name: string;
  port: number;
}

export interface RoundRobinProxy {
  port: number;
  /** Requests sent to each backend so far, by name. */
  readonly served: Map<string, number>;
  stop(): Promise<void>;
}

/** Names the replica that answered, so a client (or a test) can see the rotation. */
export const REPLICA_HEADER = 'x-parley-replica';

// Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are not forwarded.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

function endToEnd(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

function badGateway(res: http.ServerResponse, backend: Backend): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(502, { 'content-type': 'application/json', [REPLICA_HEADER]: backend.name });
  res.end(JSON.stringify({ errors: [{ message: `Replica ${backend.name} did not answer`, extensions: { code: 'BAD_GATEWAY' } }] }));
}

/**
 * The load balancer of `npm run cluster`: each request goes to the next backend in turn, over
 * keep-alive connections, streamed both ways. A client that goes away aborts its backend request
 * (so Parley's own client-gone handling stops the upstream work). No retries: a request that
 * reached a replica is never sent twice, as with nginx in compose.yaml.
 */
export async function startProxy(backends: readonly Backend[], port = 0, host = '127.0.0.1'): Promise<RoundRobinProxy> {
  if (backends.length === 0) throw new Error('the proxy needs at least one backend');
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const served = new Map(backends.map((backend) => [backend.name, 0]));
  let next = 0;
  const server = http.createServer((req, res) => {
    const backend = backends[next % backends.length] as Backend;
    next += 1;
    served.set(backend.name, (served.get(backend.name) ?? 0) + 1);
    const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = http.request(
      { host: '127.0.0.1', port: backend.port, method: req.method, path: req.url, agent, headers: { ...endToEnd(req.headers), 'x-forwarded-for': forwardedFor } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...endToEnd(answer.headers), [REPLICA_HEADER]: backend.name });
        answer.pipe(res);
      },
    );
    upstream.once('error', () => badGateway(res, backend));
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    served,
    async stop() {
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
