/**
 * A configuration problem found at start-up. The message names the variable and what is wrong
 * with it, never its value (values are often secrets).
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}
