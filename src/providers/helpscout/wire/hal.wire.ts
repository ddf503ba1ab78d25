import { z } from 'zod';
import { badResponse } from '../../../errors/parley-error';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import { HELP_SCOUT } from '../identity';

/** Help Scout ids are positive integers (conversations, threads, customers, users, mailboxes). */
export const zId = z.number().int().positive();

export const zText = z.string().nullish();

const zLink = z.object({ href: z.string() });

/** HAL `_links`: a rel holds one link object or, per HAL, a list of them. */
export const zLinks = z.record(z.string(), z.union([zLink, z.array(zLink)]));
export type WireLinks = z.infer<typeof zLinks>;

/** The first href of a HAL rel, or null when the rel is absent. */
export function linkHref(links: WireLinks | null | undefined, rel: string): string | null {
  const link = links?.[rel];
  if (link === undefined) return null;
  return Array.isArray(link) ? (link[0]?.href ?? null) : link.href;
}

/** The body as a JSON object (kept as `raw`), or PROVIDER_BAD_RESPONSE naming what was expected. */
export function rawObject(body: unknown, what: string): JsonObject {
  if (!isJsonObject(body)) throw badResponse(HELP_SCOUT.slug, `${what}: expected a JSON object`);
  return body;
}
