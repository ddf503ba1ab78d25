import { failureOf } from '../../../../test/support/errors';
import { canonicalKey, displayItemKey, displayKey, parseConversationKey, parseItemKey } from './keys';

const WS = 'a1405560-c8d3-4b1a-877d-3f449ad95352';
const OTHER_WS = 'b4e02c85-c6d2-4b15-8885-e09671799c61';
const CONV = '907798f8-fd72-44d5-8042-fcc05c1bb570';

describe('parseConversationKey', () => {
  it('resolves a bare conversation UUID in the default workspace', () => {
    expect(parseConversationKey(CONV, WS)).toEqual({ workspaceId: WS, conversationId: CONV });
  });

  it('reads an explicit <workspaceId>/<conversationId> key', () => {
    expect(parseConversationKey(`${OTHER_WS}/${CONV}`, WS)).toEqual({ workspaceId: OTHER_WS, conversationId: CONV });
  });

  it('gives both spellings of a default-workspace conversation the same canonical key', () => {
    expect(canonicalKey(parseConversationKey(CONV, WS))).toBe(canonicalKey(parseConversationKey(`${WS}/${CONV}`, WS)));
  });

  it('lower-cases upper-case UUIDs so they share the loader entry', () => {
    expect(canonicalKey(parseConversationKey(`${WS.toUpperCase()}/${CONV.toUpperCase()}`, WS))).toBe(`${WS}/${CONV}`);
  });

  it('refuses the short form naming BIRD_WORKSPACE_ID when no default workspace is configured', () => {
    const error = failureOf(() => parseConversationKey(CONV, undefined));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('BIRD_WORKSPACE_ID');
  });

  it('accepts the long form without a default workspace', () => {
    expect(parseConversationKey(`${OTHER_WS}/${CONV}`, undefined).workspaceId).toBe(OTHER_WS);
  });

  it.each([
    ['empty', ''],
    ['a lone "/"', '/'],
    ['a trailing "/"', `${CONV}/`],
    ['a leading "/"', `/${CONV}`],
    ['three segments', `${WS}/${WS}/${CONV}`],
    ['"?"', `${CONV}?x=1`],
    ['"#"', `${CONV}#x`],
    ['".."', `${WS}/..`],
    ['a control character', `${CONV}\u0000`],
    ['a newline', `${CONV}\n`],
    ['a truncated UUID', CONV.slice(0, -1)],
    ['a non-hex UUID', CONV.replace('f', 'g')],
    ['an encoded slash', `${WS}%2F${CONV}`],
    ['a ws_ dashboard label', `ws_123/${CONV}`],
  ])('refuses a key with %s before any request', (_, key) => {
    expect(failureOf(() => parseConversationKey(key, WS)).code).toBe('BAD_USER_INPUT');
  });
});

describe('parseItemKey', () => {
  const ITEM = 'd578f436-b3b7-49e6-95c2-24b77bb4e7ce';

  it('reads <conversationId>/<id> in the default workspace', () => {
    expect(parseItemKey(`${CONV}/${ITEM}`, WS)).toEqual({ workspaceId: WS, conversationId: CONV, itemId: ITEM });
  });

  it('reads <workspaceId>/<conversationId>/<id>', () => {
    expect(parseItemKey(`${OTHER_WS}/${CONV}/${ITEM}`, WS)).toEqual({ workspaceId: OTHER_WS, conversationId: CONV, itemId: ITEM });
  });

  it.each([['only an id', ITEM], ['an empty id', `${CONV}/`], ['".." as id', `${CONV}/..`], ['a dotted id', `${CONV}/a.b`], ['four segments', `${WS}/${WS}/${CONV}/${ITEM}`]])(
    'refuses %s',
    (_, key) => {
      expect(failureOf(() => parseItemKey(key, WS)).code).toBe('BAD_USER_INPUT');
    },
  );
});

describe('displayKey', () => {
  it('uses the short form in the default workspace', () => {
    expect(displayKey({ workspaceId: WS, conversationId: CONV }, WS)).toBe(CONV);
  });

  it('uses the long form in another workspace or without a default', () => {
    expect(displayKey({ workspaceId: OTHER_WS, conversationId: CONV }, WS)).toBe(`${OTHER_WS}/${CONV}`);
    expect(displayKey({ workspaceId: WS, conversationId: CONV }, undefined)).toBe(`${WS}/${CONV}`);
  });

  it('appends the item id to the conversation key', () => {
    expect(displayItemKey({ workspaceId: OTHER_WS, conversationId: CONV, itemId: 'x1' }, WS)).toBe(`${OTHER_WS}/${CONV}/x1`);
  });
});
