import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from './error-codes';
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

export interface MaskedErrorSink {
  (error: unknown): void;
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
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { ...original.extensions } };
    }
    if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    onMasked(original);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
