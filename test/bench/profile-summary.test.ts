import { categorise, formatSummary, summarise, type CpuProfile } from '../../bench/profile-summary';

const frame = (id: number, functionName: string, url: string, lineNumber = 0): CpuProfile['nodes'][number] => ({ id, callFrame: { functionName, url, lineNumber } });

/** A hand-made profile: one node per category, sampled with known time deltas (µs). */
const PROFILE: CpuProfile = {
  nodes: [
    frame(1, '(root)', ''),
    frame(2, 'execute', 'file:///work/main/node_modules/graphql/execution/execute.js', 120),
    frame(3, 'safeParse', 'file:///work/main/node_modules/zod/v4/core/parse.js'),
    frame(4, 'fetch', 'file:///work/main/node_modules/cross-fetch/node_modules/node-fetch/lib/index.js'),
    frame(5, 'ClientRequest', 'node:_http_client'),
    frame(6, 'handle', 'file:///work/main/node_modules/router/index.js'),
    frame(7, 'parserOnIncoming', 'node:_http_server'),
    frame(8, 'processHTTPRequest', 'file:///work/main/node_modules/@apollo/server/dist/cjs/runHTTPQuery.js'),
    frame(9, 'toSummary', 'file:///tmp/ab/base/dist/src/providers/helpscout/mappers/person.js'),
    frame(10, 'request', 'file:///work/main/dist/src/http/http-client.js'),
    frame(11, '(garbage collector)', ''),
    frame(12, '(idle)', ''),
    frame(13, 'processTicksAndRejections', 'node:internal/process/task_queues'),
    frame(14, 'middleware', 'file:///work/main/node_modules/@as-integrations/express5/dist/index.js'),
    frame(15, 'ObjectClassType', 'file:///work/main/node_modules/type-graphql/build/cjs/index.js'),
    frame(16, 'info', 'file:///work/main/node_modules/pino/lib/proto.js'),
  ],
  // Sample i is charged timeDeltas[i]: graphql 3 ms (two samples), idle 50 ms, GC 2 ms, the rest 1 ms each: 17 ms of CPU.
  samples: [2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
  timeDeltas: [1000, 2000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 2000, 50_000, 1000, 1000, 1000, 1000],
};

describe('benchmark profile summary', () => {
  it('puts each frame in its package, HTTP side, Parley folder, GC or node internals', () => {
    const cases: [string, string, string][] = [
      ['execute', 'file:///x/node_modules/graphql/execution/execute.js', 'graphql'],
      ['parse', 'file:///x/node_modules/cross-fetch/node_modules/node-fetch/lib/index.js', 'HTTP client'],
      ['dispatch', 'file:///x/node_modules/undici/lib/dispatcher/client.js', 'HTTP client'],
      ['addRequest', 'node:_http_agent', 'HTTP client'],
      ['json', 'file:///x/node_modules/body-parser/lib/types/json.js', 'HTTP server'],
      ['resOnFinish', 'node:_http_server', 'HTTP server'],
      ['executeHTTPGraphQLRequest', 'file:///x/node_modules/@apollo/server/dist/cjs/ApolloServer.js', '@apollo/*'],
      ['toConversation', 'file:///tmp/ab/base/dist/src/providers/layer/mappers/conversation.js', 'parley providers/layer'],
      ['load', 'file:///work/main/dist/src/loaders/create-loaders.js', 'parley loaders'],
      ['startGateway', 'file:///work/main/dist/src/bootstrap.js', 'parley (top level)'],
      ['(garbage collector)', '', 'GC'],
      ['emit', 'node:events', 'node internals'],
      ['stringify', '', 'native (V8 builtins, C++ bindings)'],
      ['info', 'file:///x/node_modules/pino/lib/proto.js', 'package pino'],
    ];
    expect(cases.map(([functionName, url]) => categorise({ functionName, url }))).toEqual(cases.map(([, , category]) => category));
  });

  it('sums self time per category from the sample deltas and leaves idle time out of the total', () => {
    const summary = summarise(PROFILE);
    expect(summary.totalMs).toBeCloseTo(17);
    expect(Object.fromEntries(summary.categories.map(({ name, ms }) => [name, ms]))).toEqual({
      graphql: 3, 'HTTP client': 2, 'HTTP server': 3, GC: 2, zod: 1, '@apollo/*': 1, 'parley providers/helpscout': 1,
      'parley http': 1, 'node internals': 1, 'type-graphql': 1, 'package pino': 1,
    });
    expect(summary.categories[0]).toEqual({ name: 'graphql', ms: 3 });
  });

  it('ranks the top functions by self time with their file and line', () => {
    const summary = summarise(PROFILE, 3);
    expect(summary.top.map((f) => f.name)).toEqual(['execute graphql/execution/execute.js:121', '(garbage collector)', expect.any(String)]);
    expect(summary.top[0]).toMatchObject({ category: 'graphql', ms: 3 });
    const names = summarise(PROFILE, 20).top.map((f) => f.name);
    expect(names).toContain('processHTTPRequest @apollo/server/dist/cjs/runHTTPQuery.js:1');
    expect(names).toContain('toSummary dist/src/providers/helpscout/mappers/person.js:1');
    const table = formatSummary('parley-one-common', summary);
    expect(table).toContain('#### parley-one-common (17 ms of CPU, idle excluded)');
    expect(table).toContain('| graphql | 3.0 | 17.6 |');
    expect(table).not.toContain('(idle)');
  });
});
