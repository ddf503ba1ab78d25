import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, Kind, printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { CompiledCache } from './compiled-cache';

// Apollo's gateway hook is the only way to replace its executor; its types are taken from the
// constructor options so Parley needs no direct dependency on @apollo/server-gateway-interface.
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type ExecutorRequest = Parameters<GatewayExecutor>[0];

/** Why an operation ran on graphql-js instead of its compiled form (counted for tests and logs). */
export type FallbackReason = 'field-hooks' | 'introspection' | 'not-compiled' | 'errors';

export interface JitGatewayOptions {
  /** Compiled operations kept (least recently used dropped first). */
  maxCompiled?: number;
  /** Called whenever graphql-js answers instead of the compiled query. */
  onFallback?: (reason: FallbackReason) => void;
}

export const DEFAULT_MAX_COMPILED = 500;

// Apollo marks the context with this (unexported) symbol when a plugin's willResolveField must run
// for the request (inline ftv1 traces, Studio usage traces): compiled queries would skip the hook.
const WILL_RESOLVE_FIELD = 'apolloServerExecutionDispatcherWillResolveField';

function needsFieldHooks(request: ExecutorRequest): boolean {
  if (request.metrics.captureTraces === true) return true;
  return Object.getOwnPropertySymbols(request.context).some((symbol) => symbol.description === WILL_RESOLVE_FIELD);
}

/** Introspection stays on graphql-js: it is rare, and Studio and IDEs rely on its exact shape. */
function isIntrospection(request: ExecutorRequest): boolean {
  return request.operation.selectionSet.selections.some(
    (selection) => selection.kind === Kind.FIELD && (selection.name.value === '__schema' || selection.name.value === '__type'),
  );
}

/**
 * Runs the operation as Apollo would without a gateway. Apollo coerces variables inside execute
 * (so a bad variable comes back as a result with errors and no data, which Apollo turns into a
 * 400 BAD_USER_INPUT), which is why every failure path ends here.
 */
function executeWithGraphqlJs(schema: GraphQLSchema, request: ExecutorRequest): Promise<ExecutionResult> | ExecutionResult {
  return execute({
    schema,
    document: request.document,
    contextValue: request.context,
    variableValues: request.request.variables,
    operationName: request.request.operationName,
  });
}

/**
 * An Apollo "gateway" that serves Parley's own schema and executes compiled queries (graphql-jit).
 * graphql-jit 0.8.9 differs from graphql-js on errors (a list item whose promise rejects leaves a
 * hole and adds a slot; variable errors are worded differently: see jit-gateway.test.ts), so any
 * result with errors is discarded and the operation runs again on
 * graphql-js with the same context: the per-request loaders hold every upstream answer (and
 * failure) already, so the second run sends no upstream request.
 */
export function jitGateway(schema: GraphQLSchema, options: JitGatewayOptions = {}): GatewayInterface {
  // null: jit could not compile the document; remembered so it is not retried on every request.
  const compiled = new CompiledCache<CompiledQuery | null>(options.maxCompiled ?? DEFAULT_MAX_COMPILED);
  const fallback = (reason: FallbackReason, request: ExecutorRequest): Promise<ExecutionResult> | ExecutionResult => {
    options.onFallback?.(reason);
    return executeWithGraphqlJs(schema, request);
  };

  const compiledFor = (request: ExecutorRequest): CompiledQuery | null => {
    // Apollo's queryHash is the SHA-256 of the document text; one document may hold several operations.
    const key = `${request.queryHash}:${request.request.operationName ?? ''}`;
    const hit = compiled.get(key);
    if (hit !== undefined) return hit;
    let query: CompiledQuery | null = null;
    try {
      const result = compileQuery(schema, request.document, request.request.operationName);
      if (isCompiledQuery(result)) query = result;
    } catch {
      query = null;
    }
    compiled.set(key, query);
    return query;
  };

  const executor: GatewayExecutor = async (request) => {
    if (needsFieldHooks(request)) return fallback('field-hooks', request);
    if (isIntrospection(request)) return fallback('introspection', request);
    const query = compiledFor(request);
    if (!query) return fallback('not-compiled', request);
    let result: ExecutionResult;
    try {
      result = await query.query(undefined, request.context, request.request.variables ?? {});
    } catch {
      return fallback('errors', request);
    }
    if (result.errors?.length) return fallback('errors', request);
    return result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}
