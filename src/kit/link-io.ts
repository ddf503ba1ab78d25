import type { UpstreamResponse } from '../http/http-client';

/**
 * What following a link needs for one request: GETs through the request's resource loader (so
 * each URL is fetched at most once per operation and credential), priming with embedded
 * bodies, link resolution on the provider's own origins, and lookahead. Kept apart from the
 * provider contract so the schema interfaces can name it without importing any provider code.
 */
export interface LinkIO {
  readonly baseUrl: URL;
  /** GET a URL (absolute, or relative to the base URL) on the provider's own origins. */
  get(url: URL | string): Promise<UpstreamResponse>;
  /** Seeds the resource loader with a body the upstream already embedded elsewhere. */
  prime(url: URL | string, body: unknown): void;
  /** Resolves a link found in a response (LINK_REJECTED when its origin is foreign). */
  resolve(link: string, base?: URL): URL;
  /** Lookahead: does this operation select `field` on `typeName` (or an interface it implements)? */
  selects(typeName: string, field: string): boolean;
  /**
   * False when lookahead is off (the benchmark's naive baseline) and `selects` always answers
   * false. A provider that uses `selects` to decide what data to return, not only to save
   * requests, must then assume everything is selected.
   */
  readonly lookahead: boolean;
}

/** One provider as seen from one request: its IO and its slug (cursors name it). */
export interface ProviderRequest {
  readonly slug: string;
  readonly io: LinkIO;
}

/**
 * The part of the request context that object types may use: nothing but a provider's IO.
 * The app's Context satisfies it; provider code never sees the Context itself, so a provider
 * class is unit-tested with a plain object holding a fake IO.
 */
export interface LinkContext {
  /** The request's view of one provider, by its `Provider` enum value. */
  provider(name: string): ProviderRequest;
}

/** The IO for `name` in this request: the one lookup every link field makes. */
export function linkIO(ctx: LinkContext, name: string): LinkIO {
  return ctx.provider(name).io;
}
