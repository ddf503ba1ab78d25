import { readWhole, type Env } from '../kit/env';

/** Settings the HTTP server reads itself (the rest of the server config is in src/config.ts). */
export interface ServerSettings {
  /** Most upstream requests one operation may be estimated to send (see operation-cost.ts). */
  maxOperationCost: number;
  /** How long a shutdown waits for in-flight requests before closing their connections. */
  shutdownGraceMs: number;
}

export const SERVER_SETTING_DEFAULTS: ServerSettings = { maxOperationCost: 1000, shutdownGraceMs: 10_000 };

export function readServerSettings(env: Env): ServerSettings {
  return {
    maxOperationCost: readWhole(env, 'PARLEY_MAX_OPERATION_COST', SERVER_SETTING_DEFAULTS.maxOperationCost, 1, 1_000_000),
    shutdownGraceMs: readWhole(env, 'PARLEY_SHUTDOWN_GRACE_MS', SERVER_SETTING_DEFAULTS.shutdownGraceMs, 0, 600_000),
  };
}
