import 'reflect-metadata';
import { Redis } from 'ioredis';
import { credentialKey } from '../../src/cache/response-cache';
import { startGateway } from '../../src/bootstrap';
import type { Env } from '../../src/kit/env';
import { adapters } from '../../src/providers/registry';
import { count, startUpstreams, type Upstreams } from '../cache/replicas';
import { CONVERSATION, fromHeader, startCachingReplica, type CachingReplica, type CachingReplicaOptions } from '../support/caching-replica';
import { startRedis, type RedisServer } from '../support/redis';

/**
 * Whole answers kept by @apollo/server-plugin-response-cache in the shared store (issue 11, item
 * 4), on a real Redis. Replicas have no upstream cache here, so each upstream request counted at
 * a simulator is one the response cache did not save.
 */

// Each replica builds its own server; on a busy 2-core machine a first schema build takes seconds.
jest.setTimeout(30_000);

describe('The response cache (PARLEY_RESPONSE_CACHE=on, on the shared store)', () => {
  let upstreams: Upstreams;
  let redis: RedisServer;
  const replicas: CachingReplica[] = [];
  const replica = async (env: Env, options?: CachingReplicaOptions): Promise<CachingReplica> => {
    const started = await startCachingReplica(upstreams, env, options);
    replicas.push(started);
    return started;
  };
  const helpScoutRequests = (): number => upstreams.requests('helpscout').length;
  const ON = { PARLEY_RESPONSE_CACHE: 'on', PARLEY_RESPONSE_MAX_AGE_S: '60' };

  beforeAll(async () => {
    upstreams = await startUpstreams(adapters);
    redis = await startRedis();
  });
  afterEach(async () => {
    await Promise.all(replicas.splice(0).map((r) => r.stop()));
    upstreams.reset();
    // Every test starts from an empty shared store, as a fresh deployment would.
    const client = new Redis(redis.url);
    await client.flushall();
    client.disconnect();
  });
  afterAll(async () => {
    await redis.stop();
    await upstreams.stop();
  });

  it('is off by default: the same query twice reaches the upstream twice', async () => {
    const a = await replica({}, { redisUrl: redis.url });
    await a.post(CONVERSATION);
    const second = await a.post(CONVERSATION);
    expect(helpScoutRequests()).toBe(2);
    expect(second.headers.get('age')).toBeNull();
  });

  it('serves a second identical query within the max-age from the cache: 0 upstream requests, an age header, a response hit', async () => {
    const a = await replica(ON, { redisUrl: redis.url });
    const first = await a.post(CONVERSATION);
    expect(helpScoutRequests()).toBe(1);
    const second = await a.post(CONVERSATION);
    expect(helpScoutRequests()).toBe(1);
    expect(second.body).toEqual(first.body);
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(0);
    expect(second.headers.get('cache-control')).toBe('max-age=60, public');
    expect(count(a.events, 'response', 'hit')).toBe(1);
  });

  it('shares answers between replicas on one Redis: read on A, then on B, is 1 upstream request', async () => {
    const a = await replica(ON, { redisUrl: redis.url });
    const b = await replica(ON, { redisUrl: redis.url });
    const first = await a.post(CONVERSATION);
    const second = await b.post(CONVERSATION);
    expect(helpScoutRequests()).toBe(1);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('age')).not.toBeNull();
    expect(count(b.events, 'response', 'hit')).toBe(1);
  });

  it('never stores an answer with errors', async () => {
    const a = await replica(ON, { redisUrl: redis.url });
    const missing = '{ conversation(id: "helpscout:424242") { ... on CommonConversation { id } } }';
    await a.post(missing);
    const again = await a.post(missing);
    expect(again.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(again.headers.get('age')).toBeNull();
    expect(upstreams.requests('helpscout').filter((r) => r.includes('424242'))).toHaveLength(2);
  });

  it('skips the lookup for a client that sends Cache-Control: no-cache, and stores the fresh answer', async () => {
    const a = await replica(ON, { redisUrl: redis.url });
    const query = '{ conversation(id: "helpscout:1001") { ... on CommonConversation { id } } }';
    await a.post(query);
    const fresh = await a.post(query, { 'cache-control': 'no-cache' });
    expect(fresh.headers.get('age')).toBeNull();
    expect(helpScoutRequests()).toBe(2);
    expect((await a.post(query)).headers.get('age')).not.toBeNull();
    expect(helpScoutRequests()).toBe(2);
  });

  it('keeps forwarded credentials apart: one credential never reads an entry stored for another', async () => {
    const a = await replica(ON, { redisUrl: redis.url, deps: { forwardedCredential: fromHeader } });
    const query = '{ conversation(id: "helpscout:1002") { ... on CommonConversation { id } } }';
    await a.post(query, { 'x-test-credential': 'alice' });
    const bob = await a.post(query, { 'x-test-credential': 'bob' });
    expect(bob.headers.get('age')).toBeNull();
    expect(helpScoutRequests()).toBe(2);
    const alice = await a.post(query, { 'x-test-credential': 'alice' });
    expect(alice.headers.get('age')).not.toBeNull();
    expect(alice.headers.get('cache-control')).toBe('max-age=60, private');
    expect(helpScoutRequests()).toBe(2);
  });

  it('keys entries by upstream and credential: another credential for a provider gives another key', async () => {
    const simEnv: Record<string, string> = {};
    for (const sim of upstreams.sims.values()) Object.assign(simEnv, sim.env());
    const one = await startGateway(simEnv);
    const other = await startGateway({ ...simEnv, HELPSCOUT_TOKEN: 'another-account-token' });
    const same = await startGateway(simEnv);
    try {
      expect(credentialKey(other.gateway)).not.toBe(credentialKey(one.gateway));
      expect(credentialKey(same.gateway)).toBe(credentialKey(one.gateway));
    } finally {
      await Promise.all([one.stop(), other.stop(), same.stop()]);
    }
  });

  it('answers every query while Redis is down, each from the upstream, and counts the store errors', async () => {
    const own = await startRedis();
    try {
      const a = await replica(ON, { redisUrl: own.url });
      await own.kill();
      const first = await a.post(CONVERSATION);
      const second = await a.post(CONVERSATION);
      expect(first.body.errors).toBeUndefined();
      expect(second.body).toEqual(first.body);
      expect(helpScoutRequests()).toBe(2);
      expect(count(a.events, 'response', 'error')).toBeGreaterThanOrEqual(2);
    } finally {
      await own.stop();
    }
  });

  it('refuses a malformed PARLEY_RESPONSE_CACHE at start-up, naming the variable and not its value', async () => {
    await expect(replica({ PARLEY_RESPONSE_CACHE: 'yes-please' })).rejects.toThrow('PARLEY_RESPONSE_CACHE: must be on or off');
    await expect(replica({ PARLEY_RESPONSE_CACHE: 'yes-please' })).rejects.not.toThrow('yes-please');
  });
});
