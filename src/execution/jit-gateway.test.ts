import { GraphQLError, GraphQLInt, Kind, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { jitGateway, type FallbackReason } from './jit-gateway';

// A list whose second item fails, as a provider's failed slot does in `conversations(ids:)`.
const Item = new GraphQLObjectType({
  name: 'Item',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLInt) },
    name: {
      type: GraphQLString,
      resolve: (item: { id: number }, _args, context: { calls: number }) => {
        context.calls += 1;
        if (item.id === 2) throw new GraphQLError('item 2 is down', { extensions: { code: 'PROVIDER_UNAVAILABLE' } });
        return `item ${item.id}`;
      },
    },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: { type: new GraphQLList(Item), resolve: () => [{ id: 1 }, { id: 2 }, { id: 3 }] },
      // One slot's fetch rejects, as a failed conversation in `conversations(ids:)` does.
      slots: {
        type: new GraphQLList(Item),
        resolve: (_root, _args, context: { calls: number }) => {
          context.calls += 1;
          return [Promise.resolve({ id: 1 }), Promise.reject(new GraphQLError('slot 2 is down', { extensions: { code: 'NOT_FOUND' } })), { id: 3 }];
        },
      },
      twice: { type: GraphQLInt, args: { n: { type: new GraphQLNonNull(GraphQLInt) } }, resolve: (_root, args: { n: number }) => args.n * 2 },
    },
  }),
});

type Executor = NonNullable<Awaited<ReturnType<ReturnType<typeof jitGateway>['load']>>['executor']>;
type ExecutorRequest = Parameters<Executor>[0];

/** The slice of Apollo's request context the executor reads. */
function requestFor(query: string, options: { variables?: Record<string, unknown>; captureTraces?: boolean; context?: object } = {}): ExecutorRequest {
  const document = parse(query);
  const [operation] = document.definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('expected an operation');
  return {
    request: { query, ...(options.variables ? { variables: options.variables } : {}) },
    document, operation, operationName: null, queryHash: query, source: query,
    context: options.context ?? { calls: 0 },
    metrics: options.captureTraces === undefined ? {} : { captureTraces: options.captureTraces },
  } as unknown as ExecutorRequest;
}

async function executorOf(reasons: FallbackReason[], maxCompiled?: number): Promise<Executor> {
  const { executor } = await jitGateway(schema, { onFallback: (reason) => reasons.push(reason), ...(maxCompiled ? { maxCompiled } : {}) }).load({ apollo: {} });
  if (!executor) throw new Error('no executor');
  return executor;
}

const LIST = '{ items { id name } }';
const ONE_SLOT = { data: { items: [{ id: 1, name: 'item 1' }, { id: 2, name: null }, { id: 3, name: 'item 3' }] } };
const SLOTS = '{ slots { id } }';
const BAD_VARIABLE = 'query ($n: Int!) { twice(n: $n) }';

describe('jitGateway: compiled queries with graphql-js on errors', () => {
  it('answers an operation without errors from the compiled query (no fallback)', async () => {
    const reasons: FallbackReason[] = [];
    const executor = await executorOf(reasons);
    expect(await executor(requestFor('{ twice(n: 21) }'))).toEqual({ data: { twice: 42 } });
    expect(reasons).toEqual([]);
  });

  it('answers a list with one failed item as graphql-js does (one slot null, one error at its path), by running graphql-js again', async () => {
    const reasons: FallbackReason[] = [];
    const executor = await executorOf(reasons);
    const context = { calls: 0 };
    const result: ExecutionResult = await executor(requestFor(LIST, { context }));
    expect(result).toMatchObject(ONE_SLOT);
    expect(result.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions['code'] }))).toEqual([
      { message: 'item 2 is down', path: ['items', 1, 'name'], code: 'PROVIDER_UNAVAILABLE' },
    ]);
    expect(reasons).toEqual(['errors']);
    // Both runs resolved every item: why resolvers must be idempotent within a request (Parley's loaders are).
    expect(context.calls).toBe(6);
  });

  it('answers a list whose second item rejects with three slots, the second null, as graphql-js does', async () => {
    const reasons: FallbackReason[] = [];
    const executor = await executorOf(reasons);
    const context = { calls: 0 };
    const result = await executor(requestFor(SLOTS, { context }));
    expect(result.data).toEqual({ slots: [{ id: 1 }, null, { id: 3 }] });
    expect(result.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions['code'] }))).toEqual([
      { message: 'slot 2 is down', path: ['slots', 1], code: 'NOT_FOUND' },
    ]);
    expect(reasons).toEqual(['errors']);
    expect(context.calls).toBe(2);
  });

  it('leaves a bad variable to graphql-js: errors and no data, which Apollo answers as 400 BAD_USER_INPUT', async () => {
    const reasons: FallbackReason[] = [];
    const executor = await executorOf(reasons);
    const result = await executor(requestFor(BAD_VARIABLE, { variables: { n: 'x' } }));
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.message)).toEqual(['Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"']);
    expect(reasons).toEqual(['errors']);
  });

  it('runs graphql-js when Apollo captures a trace (ftv1, Studio), whose per-field hooks compiled queries skip', async () => {
    const reasons: FallbackReason[] = [];
    const executor = await executorOf(reasons);
    expect(await executor(requestFor('{ twice(n: 1) }', { captureTraces: true }))).toEqual({ data: { twice: 2 } });
    expect(reasons).toEqual(['field-hooks']);
  });

  it('runs graphql-js when a plugin asked for willResolveField on the context', async () => {
    const reasons: FallbackReason[] = [];
    const executor = await executorOf(reasons);
    const context = { [Symbol('apolloServerExecutionDispatcherWillResolveField')]: () => undefined };
    await executor(requestFor('{ twice(n: 1) }', { context }));
    expect(reasons).toEqual(['field-hooks']);
  });

  it('runs introspection on graphql-js', async () => {
    const reasons: FallbackReason[] = [];
    const executor = await executorOf(reasons);
    const result = await executor(requestFor('{ __type(name: "Item") { name } }'));
    expect(result).toEqual({ data: { __type: { name: 'Item' } } });
    expect(reasons).toEqual(['introspection']);
  });

  it('keeps answering correctly past the compiled-query cache bound', async () => {
    const reasons: FallbackReason[] = [];
    const executor = await executorOf(reasons, 2);
    for (const n of [1, 2, 3, 1, 2, 3]) expect(await executor(requestFor(`{ twice(n: ${n}) }`))).toEqual({ data: { twice: n * 2 } });
    expect(reasons).toEqual([]);
  });
});

describe('graphql-jit alone (why any result with errors goes to graphql-js)', () => {
  const run = async (query: string, variables: Record<string, unknown> = {}): Promise<ExecutionResult> => {
    const compiled = compileQuery(schema, parse(query));
    if (!isCompiledQuery(compiled)) throw new Error('did not compile');
    return compiled.query(undefined, { calls: 0 }, variables);
  };

  it('answers a list whose second item rejects with a fourth slot (graphql-jit 0.8.9)', async () => {
    const result = await run(SLOTS);
    // The failed slot stays a hole and a null is appended: four slots where three were resolved.
    expect(JSON.stringify(result.data)).toBe('{"slots":[{"id":1},null,{"id":3},null]}');
  });

  it('words a bad variable differently from graphql-js (graphql-jit 0.8.9)', async () => {
    const result = await run(BAD_VARIABLE, { n: 'x' });
    expect(result.errors?.map((e) => e.message)).toEqual(['Variable "$n" got invalid value "x"; Expected type Int; Int cannot represent non-integer value: "x"']);
  });
});
