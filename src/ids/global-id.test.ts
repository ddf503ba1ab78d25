import { badUserInput } from '../errors/parley-error';
import { Gateway } from '../gateway';
import type { ProviderAdapter, ProviderClient } from '../kit/contract';
import { ProviderMode } from '../schema/enums';
import { formatGlobalId, formatPartId, parseGlobalId, preview } from './global-id';

function gatewayWith(parseKey: (key: string) => string): Gateway {
  const adapter = { identity: { slug: 'acme', name: 'ACME', title: 'Acme' } } as unknown as ProviderAdapter;
  const client = { parseKey } as unknown as ProviderClient;
  return new Gateway([{ adapter, client, mode: ProviderMode.SIMULATED }]);
}

describe('parseGlobalId', () => {
  const gateway = gatewayWith((key) => {
    if (!/^[a-z0-9/]+$/.test(key)) throw badUserInput(`bad key ${key}`, 'acme');
    return key.toUpperCase();
  });

  it('returns the canonical key from the adapter for a conversation id', () => {
    expect(parseGlobalId('acme:abc', gateway)).toEqual(expect.objectContaining({ key: 'ABC' }));
    expect(parseGlobalId('acme:abc', gateway).kind).toBeUndefined();
  });

  it('separates the kind of a non-conversation node id', () => {
    expect(parseGlobalId('acme:customer:42', gateway)).toMatchObject({ kind: 'customer', key: '42' });
  });

  it('hands a Layer-style URI key (starting with ///) to the adapter as a conversation key', () => {
    const uris = gatewayWith((key) => key);
    const parsed = parseGlobalId('acme:///conversations/x', uris);
    expect(parsed.key).toBe('///conversations/x');
    expect(parsed.kind).toBeUndefined();
  });

  it.each(['', 'acme', 'nope:1', ':1', 'ACME:1'])('refuses %j for its unknown or missing slug', (id) => {
    expect(() => parseGlobalId(id, gateway)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it.each(['acme:', 'acme:a?b', 'acme:a#b', 'acme:../x', 'acme:a/../b', 'acme:%2E%2E/x', 'acme:a\u0000b', 'acme:a\\b'])(
    'refuses %j for its malformed key without asking the adapter',
    (id) => {
      const calls: string[] = [];
      const spy = gatewayWith((key) => (calls.push(key), key));
      expect(() => parseGlobalId(id, spy)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
      expect(calls).toEqual([]);
    },
  );

  it('refuses a part id, naming its parent, without asking the adapter', () => {
    const calls: string[] = [];
    const spy = gatewayWith((key) => (calls.push(key), key));
    expect(() => parseGlobalId('acme:customer:1#email/2', spy)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'Id "acme:customer:1#email/2" names a part of "acme:customer:1", not a node; fetch "acme:customer:1" instead' }),
    );
    expect(calls).toEqual([]);
  });

  it('refuses a bare provider slug, pointing at provider(name:)', () => {
    expect(() => parseGlobalId('acme', gateway)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'Id "acme" names a provider, not a node; read it with provider(name:) or providers' }),
    );
  });

  it('passes the adapter rejection through as BAD_USER_INPUT', () => {
    expect(() => parseGlobalId('acme:UPPER', gateway)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', extensions: expect.objectContaining({ provider: 'acme' }) }));
  });
});

describe('formatGlobalId and preview', () => {
  it('formats part ids under their parent, with the key encoded so it cannot add a segment', () => {
    expect(formatPartId('acme:1', 'customField', 8)).toBe('acme:1#customField/8');
    expect(formatPartId('acme:1', 'timeline')).toBe('acme:1#timeline');
    expect(formatPartId('acme:1', 'tag', 'a/b#c')).toBe('acme:1#tag/a%2Fb%23c');
  });

  it('formats conversation and node ids', () => {
    expect(formatGlobalId('acme', '1')).toBe('acme:1');
    expect(formatGlobalId('acme', '1', 'thread')).toBe('acme:thread:1');
  });

  it('shortens long ids and masks control characters in messages', () => {
    expect(preview(`a\u0001${'x'.repeat(100)}`)).toMatch(/^a\?x+\.\.\.$/);
    expect(preview(`a\u0001${'x'.repeat(100)}`)).toHaveLength(80);
  });
});
