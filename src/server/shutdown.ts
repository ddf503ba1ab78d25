import type { Logger } from '../logger';

export interface ShutdownDeps {
  /** Stops accepting and drains in-flight requests within the grace period (ParleyServer.stop). */
  stopServer: () => Promise<void>;
  /** Stops what the server used (the simulators), after the last request is answered. */
  stopGateway: () => Promise<void>;
  graceMs: number;
  logger: Logger;
  exit?: (code: number) => void;
  signals?: readonly NodeJS.Signals[];
}

/** Extra time past the grace period for Apollo and the simulators to stop before giving up. */
const STOP_MARGIN_MS = 5000;

/**
 * SIGTERM or SIGINT: stop accepting, let in-flight requests finish within the grace period,
 * stop the simulators, exit 0. A second signal, or a stop that hangs past the grace period and
 * a margin, ends the process at once with 1.
 */
export function handleShutdownSignals(deps: ShutdownDeps): void {
  const { logger, exit = (code: number) => process.exit(code), signals = ['SIGTERM', 'SIGINT'] } = deps;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal while draining: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal, graceMs: deps.graceMs }, 'shutting down: draining in-flight requests');
    const started = performance.now();
    setTimeout(() => {
      logger.error({ ms: Math.round(performance.now() - started) }, 'shutdown did not finish in time: exiting');
      exit(1);
    }, deps.graceMs + STOP_MARGIN_MS).unref();
    deps
      .stopServer()
      .then(deps.stopGateway)
      .then(
        () => {
          logger.info({ ms: Math.round(performance.now() - started) }, 'stopped');
          exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          exit(1);
        },
      );
  };
  for (const signal of signals) process.on(signal, shutdown);
}
