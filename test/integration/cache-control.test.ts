import 'reflect-metadata';
import type { Env } from '../../src/kit/env';
import { adapters } from '../../src/providers/registry';
import { startUpstreams, type Upstreams } from '../cache/replicas';
import { CONVERSATION, fromHeader, LISTING, PROVIDERS, startCachingReplica, type CachingReplica, type CachingReplicaOptions } from '../support/caching-replica';

/**
 * Cache-Control on every answer (issue 11, item 4): hints by type, computed once per document,
 * on by default whatever PARLEY_RESPONSE_CACHE says.
 */

// Each replica builds its own server; on a busy 2-core machine a first schema build takes seconds.
jest.setTimeout(30_000);

describe('Cache-Control headers', () => {
  let upstreams: Upstreams;
  const replicas: CachingReplica[] = [];
  const replica = async (env: Env, options?: CachingReplicaOptions): Promise<CachingReplica> => {
    const started = await startCachingReplica(upstreams, env, options);
    replicas.push(started);
    return started;
  };

  beforeAll(async () => {
    upstreams = await startUpstreams(adapters);
  });
  afterEach(async () => {
    await Promise.all(replicas.splice(0).map((r) => r.stop()));
  });
  afterAll(() => upstreams.stop());

  it('gives a conversation the short max-age (5 s by default) and public scope, since Parley calls providers with its own credentials', async () => {
    const a = await replica({});
    const answer = await a.post(CONVERSATION);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.headers.get('cache-control')).toBe('max-age=5, public');
  });

  it('gives provider metadata alone the long max-age (300 s)', async () => {
    const a = await replica({});
    const answer = await a.post(PROVIDERS);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.headers.get('cache-control')).toBe('max-age=300, public');
  });

  it('gives a query that touches provider metadata and conversations the short max-age of the conversations', async () => {
    const a = await replica({ PARLEY_RESPONSE_MAX_AGE_S: '12' });
    const answer = await a.post(LISTING);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.headers.get('cache-control')).toBe('max-age=12, public');
  });

  it('answers no-store when the answer carries an error, or when PARLEY_RESPONSE_MAX_AGE_S is 0', async () => {
    const a = await replica({});
    const failed = await a.post('{ conversation(id: "helpscout:999999") { ... on CommonConversation { id } } }');
    expect(failed.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(failed.headers.get('cache-control')).toBe('no-store');
    const b = await replica({ PARLEY_RESPONSE_MAX_AGE_S: '0' });
    expect((await b.post(CONVERSATION)).headers.get('cache-control')).toBe('no-store');
  });

  it("gives the same headers when computed per field by Apollo's plugin (the benchmark's comparison target)", async () => {
    const perDocument = await replica({});
    const perField = await replica({}, { deps: { cacheHints: 'per-field' } });
    for (const query of [CONVERSATION, PROVIDERS, LISTING, '{ conversation(id: "helpscout:999999") { ... on CommonConversation { id } } }']) {
      const expected = (await perDocument.post(query)).headers.get('cache-control');
      expect(expected).not.toBeNull();
      expect((await perField.post(query)).headers.get('cache-control')).toBe(expected);
    }
  });

  it('is private when the request forwards its own credential', async () => {
    const a = await replica({}, { deps: { forwardedCredential: fromHeader } });
    expect((await a.post(CONVERSATION, { 'x-test-credential': 'alice' })).headers.get('cache-control')).toBe('max-age=5, private');
    expect((await a.post(CONVERSATION)).headers.get('cache-control')).toBe('max-age=5, public');
  });
});
