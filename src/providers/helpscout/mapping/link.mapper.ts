import { build } from '../../../kit/build';
import type { HalLink, LinkedKind, LinkRef } from '../api/keys';
import { HelpScoutLink } from '../graphql/parts.type';
import { linkHref, type WireLinks } from '../wire/hal.wire';

/** The first href of a HAL rel, with the URL of the response it came in; null when the rel is absent. */
export function halLink(links: WireLinks | null | undefined, rel: string, responseUrl: string): HalLink | null {
  const href = linkHref(links, rel);
  return href === null ? null : { href, base: responseUrl };
}

/** The payload's HAL link (the provider's own join key) when it has one, else the documented path of `id`. */
export function linkRef(kind: LinkedKind, hal: HalLink | null, id: string): LinkRef {
  return hal === null ? { kind, hal: null, id } : { kind, hal };
}

/** Every HAL link of a payload as sent, one entry per href. */
export function mapLinks(links: WireLinks | null | undefined): HelpScoutLink[] {
  const mapped: HelpScoutLink[] = [];
  if (!links) return mapped;
  // Plain loops: every listed conversation has about ten links, entries/flatMap allocated per rel.
  for (const rel of Object.keys(links)) {
    const link = links[rel];
    if (link === undefined) continue;
    if (Array.isArray(link)) for (const one of link) mapped.push(build(HelpScoutLink, { rel, href: one.href }));
    else mapped.push(build(HelpScoutLink, { rel, href: link.href }));
  }
  return mapped;
}
