import type { Context } from '../../context';
import type { UpstreamResponse } from '../../http/http-client';
import type { ProviderIO } from '../adapter';
import { linkHref, SLUG, type WireLinks } from './helpscout.wire';

/**
 * A link kept unresolved until someone follows it: a HAL `href` with the URL of the response it
 * came from, or a path built from an id with the base URL. Resolving late means a foreign link
 * fails (LINK_REJECTED) only for the field that follows it, never for the whole conversation.
 */
export interface LinkRef {
  href: string;
  base: string;
}

/** The request's Help Scout IO (loaders are per operation, so this is too). */
export function ioOf(ctx: Context): ProviderIO {
  return ctx.loaders.io(ctx.gateway.get(SLUG));
}

/** GETs a link through the request's resource loader: at most once per URL per operation. */
export function follow(io: ProviderIO, ref: LinkRef): Promise<UpstreamResponse> {
  return io.get(io.resolve(ref.href, new URL(ref.base)));
}

/** The HAL rel when the payload has it (the provider's own join key), else the documented path. */
export function relOrPath(links: WireLinks | null | undefined, rel: string, responseUrl: string, path: string, baseUrl: string): LinkRef {
  const href = linkHref(links, rel);
  return href === null ? { href: path, base: baseUrl } : { href, base: responseUrl };
}
