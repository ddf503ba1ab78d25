import { GraphQLError } from 'graphql';
import { createErrorFormatter } from './format-error';
import { ParleyError, withHttpStatus } from './parley-error';

describe('createErrorFormatter', () => {
  it('keeps a ParleyError with its code and provider', () => {
    const masked: unknown[] = [];
    const format = createErrorFormatter((e) => masked.push(e));
    const error = new ParleyError('NOT_FOUND', 'helpscout has no such resource (HTTP 404)', { provider: 'helpscout', httpStatus: 404 });
    expect(format({ message: error.message, path: ['conversation'] }, error)).toEqual({
      message: error.message, locations: undefined, path: ['conversation'],
      extensions: { code: 'NOT_FOUND', provider: 'helpscout', httpStatus: 404 },
    });
    expect(masked).toEqual([]);
  });

  it('masks an unexpected error and hands the original to the sink', () => {
    const masked: unknown[] = [];
    const bug = new TypeError("Cannot read properties of undefined (reading 'x') at /srv/app.js:1");
    const formatted = createErrorFormatter((e) => masked.push(e))({ message: bug.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }, bug);
    expect(formatted).toEqual({ message: 'Internal server error', locations: undefined, path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(masked).toEqual([bug]);
  });

  it('passes Apollo validation errors through without extra extensions', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".');
    const formatted = createErrorFormatter(() => undefined)({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: [] } }, error);
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('never shows the http extension that only set the status of a request refused before execution', () => {
    const error = withHttpStatus(new ParleyError('COST_ESTIMATED_TOO_EXPENSIVE', 'too costly', { estimatedCost: 3000, maxCost: 1000 }), 400);
    expect(error.extensions['http']).toEqual({ status: 400 });
    const formatted = createErrorFormatter(() => undefined)({ message: error.message, extensions: { code: error.code } }, error);
    expect(formatted.extensions).toEqual({ code: 'COST_ESTIMATED_TOO_EXPENSIVE', estimatedCost: 3000, maxCost: 1000 });
  });

  it("gives Apollo's uncoded APQ version error PERSISTED_QUERY_NOT_SUPPORTED, but masks the same message from a resolver", () => {
    const masked: unknown[] = [];
    const format = createErrorFormatter((e) => masked.push(e));
    const apollo = new GraphQLError('Unsupported persisted query version');
    expect(format({ message: apollo.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, apollo).extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_SUPPORTED' });
    const fromResolver = new GraphQLError('Unsupported persisted query version', { path: ['conversation'], originalError: new Error('x') });
    expect(format({ message: fromResolver.message, path: ['conversation'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, fromResolver).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(masked).toHaveLength(1);
  });
});
