import type { LinkContext, LinkIO } from '../../src/kit/link-io';

/**
 * A LinkIO for unit tests of provider classes, mappers and links: a request (`get`), priming or
 * link resolution the test did not ask for fails it; nothing is selected and lookahead is on.
 * Pass what the code under test may use in `overrides`.
 */
export function fakeLinkIO(overrides: Partial<LinkIO> = {}): LinkIO {
  const unexpected = (what: string): never => {
    throw new Error(`this test expects no ${what}`);
  };
  return {
    baseUrl: new URL('https://provider.example/'),
    lookahead: true,
    get: (url) => Promise.reject(new Error(`this test expects no request (GET ${String(url)})`)),
    prime: () => unexpected('priming'),
    resolve: (link) => unexpected(`link resolution (${link})`),
    selects: () => false,
    ...overrides,
  };
}

/** The LinkContext a class's link fields receive, answering `io` for the provider (`slug`). */
export function linkContextOf(io: LinkIO, slug = 'test'): LinkContext {
  return { provider: () => ({ slug, io }) };
}
