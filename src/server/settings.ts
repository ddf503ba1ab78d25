import { ConfigError } from '../config-error';
import { readOptional, readWhole, type Env } from '../kit/env';
import { readCorsPolicy, withOrigins, type CorsPolicy } from './cors';
import { readIdeMode, SANDBOX_ORIGINS, type IdeMode } from './ide';
import { readStudioSettings, type StudioSettings } from './studio';

/** Settings the HTTP server reads itself (the rest of the server config is in src/config.ts). */
export interface ServerSettings {
  /** Most upstream requests one operation may be estimated to send (see operation-cost.ts). */
  maxOperationCost: number;
  /** How long a shutdown waits for in-flight requests before closing their connections. */
  shutdownGraceMs: number;
  /** What a browser gets at GET /graphql (PARLEY_IDE). */
  ide: IdeMode;
  /** Which browser origins may read answers (PARLEY_CORS_ORIGINS, plus Sandbox's origins when it is the IDE). */
  cors: CorsPolicy;
  /** Apollo Studio reporting, when APOLLO_KEY and APOLLO_GRAPH_REF are both set. */
  studio: StudioSettings | undefined;
  /** Whether Parley serves `Query.node` (PARLEY_RELAY_NODE); off when another subgraph owns Relay node. */
  relayNode: boolean;
}

export const SERVER_SETTING_DEFAULTS: Pick<ServerSettings, 'maxOperationCost' | 'shutdownGraceMs'> = { maxOperationCost: 1000, shutdownGraceMs: 10_000 };

/** `production` decides the IDE and CORS defaults (both closed in production). */
export function readServerSettings(env: Env, production = env['NODE_ENV'] === 'production'): ServerSettings {
  const ide = readIdeMode(env, production);
  const cors = readCorsPolicy(env, production);
  return {
    maxOperationCost: readWhole(env, 'PARLEY_MAX_OPERATION_COST', SERVER_SETTING_DEFAULTS.maxOperationCost, 1, 1_000_000),
    shutdownGraceMs: readWhole(env, 'PARLEY_SHUTDOWN_GRACE_MS', SERVER_SETTING_DEFAULTS.shutdownGraceMs, 0, 600_000),
    ide,
    cors: ide === 'sandbox' ? withOrigins(cors, SANDBOX_ORIGINS) : cors,
    studio: readStudioSettings(env),
    relayNode: readRelayNode(env),
  };
}

/** PARLEY_RELAY_NODE: `on` (default) or `off`; anything else names the variable and stops start-up. */
export function readRelayNode(env: Env): boolean {
  const value = readOptional(env, 'PARLEY_RELAY_NODE')?.toLowerCase() ?? 'on';
  if (value !== 'on' && value !== 'off') throw new ConfigError('PARLEY_RELAY_NODE', 'must be on or off');
  return value === 'on';
}
