/**
 * The closed set of `extensions.code` values Parley emits (see the public contract).
 * Clients branch on these strings, so they never change meaning.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  GONE: 'GONE',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  PROVIDER_UNAVAILABLE: 'PROVIDER_UNAVAILABLE',
  PROVIDER_TIMEOUT: 'PROVIDER_TIMEOUT',
  PROVIDER_BAD_RESPONSE: 'PROVIDER_BAD_RESPONSE',
  LINK_REJECTED: 'LINK_REJECTED',
  UNSUPPORTED: 'UNSUPPORTED',
  /**
   * The operation's estimated upstream requests exceed the server's limit: refused before any
   * upstream call. The name is Apollo Router's and Hive Router's, so clients that know it already
   * know what to do (ask for less, or split the operation).
   */
  COST_ESTIMATED_TOO_EXPENSIVE: 'COST_ESTIMATED_TOO_EXPENSIVE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
