import { format } from 'node:util';

/** What a client library printed with console.warn / console.error while `run` ran (kept off the test output). */
export async function consoleWarnings(run: () => Promise<void>): Promise<string[]> {
  const printed: string[] = [];
  // Libraries print with console's %s/%o placeholders, as console itself would render them.
  const record = (...args: unknown[]): void => {
    printed.push(format(...args));
  };
  const warn = jest.spyOn(console, 'warn').mockImplementation(record);
  const error = jest.spyOn(console, 'error').mockImplementation(record);
  try {
    await run();
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
  return printed;
}
