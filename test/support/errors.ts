import { ConfigError } from '../../src/config-error';
import { ParleyError } from '../../src/errors/parley-error';

/** Returns `error` when it is an `E`; anything else is rethrown, failing the test as it was thrown. */
function expected<E extends Error>(type: abstract new (...args: never[]) => E, error: unknown): E {
  if (error instanceof type) return error;
  throw error;
}

/** Awaits a promise expected to fail with a ParleyError and returns it (anything else fails the test). */
export async function failure(promise: Promise<unknown>): Promise<ParleyError> {
  try {
    await promise;
  } catch (error) {
    return expected(ParleyError, error);
  }
  throw new Error('expected a ParleyError');
}

/** Runs `run`, expected to throw `type` synchronously, and returns the error (anything else fails the test). */
export function thrownBy<E extends Error>(type: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    return expected(type, error);
  }
  throw new Error(`expected a ${type.name}`);
}

/** The synchronous twin of `failure`: runs `run`, expected to throw a ParleyError, and returns it. */
export function failureOf(run: () => unknown): ParleyError {
  return thrownBy(ParleyError, run);
}

/** Runs `run`, expected to refuse the configuration, and returns the ConfigError (anything else fails the test). */
export function configErrorOf(run: () => unknown): ConfigError {
  return thrownBy(ConfigError, run);
}
