import { ParleyError } from '../../src/errors/parley-error';

/** Awaits a promise expected to fail with a ParleyError and returns it (anything else fails the test). */
export async function failure(promise: Promise<unknown>): Promise<ParleyError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ParleyError) return error;
    throw error;
  }
  throw new Error('expected a ParleyError');
}
