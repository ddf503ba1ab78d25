import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from './error-codes';
import { HttpErrorCode } from './http-error-codes';
import { ParleyError } from './parley-error';

/** Codes Apollo Server itself produces for bad requests; they are safe to pass through. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Request errors Apollo Server 5 raises without a code (so they arrive as
 * INTERNAL_SERVER_ERROR), by their exact message. An unsupported APQ version gets
 * PERSISTED_QUERY_NOT_SUPPORTED because that is the code on which APQ clients fall back to
 * sending the full query. A changed message in a later Apollo simply falls back to masking.
 */
const APOLLO_UNCODED_REQUEST_ERRORS = new Map<string, string>([
  ['Unsupported persisted query version', 'PERSISTED_QUERY_NOT_SUPPORTED'],
  ['provided sha does not match query', HttpErrorCode.BAD_REQUEST],
]);

export interface MaskedErrorSink {
  (error: unknown): void;
}

/** Apollo's own request errors carry no original error and no path; a resolver's bug has one or both. */
function apolloRequestCode(original: unknown, formatted: GraphQLFormattedError): string | undefined {
  if (!(original instanceof GraphQLError) || original.originalError || formatted.path) return undefined;
  return APOLLO_UNCODED_REQUEST_ERRORS.get(original.message);
}

/**
 * Apollo `formatError`: keeps Parley's own errors and Apollo's request errors as they are,
 * and masks everything else, so a bug never shows a stack, an upstream URL or a secret.
 * The original error goes to `onMasked` (the logger) instead.
 */
export function createErrorFormatter(onMasked: MaskedErrorSink) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.['code'];
    if (original instanceof ParleyError) {
      // `http` only told Apollo the status (withHttpStatus); it is not for clients.
      const extensions = { ...original.extensions };
      delete extensions['http'];
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const requestCode = apolloRequestCode(original, formatted);
    if (requestCode) return { message: formatted.message, locations: formatted.locations, extensions: { code: requestCode } };
    onMasked(original);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
