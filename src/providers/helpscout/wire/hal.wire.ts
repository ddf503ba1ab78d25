import { z } from 'zod';
import { badResponse } from '../../../errors/parley-error';
import type { TolerantOptions } from '../../../kit/tolerant';
import { HELP_SCOUT } from '../identity';

/** Help Scout ids are positive integers (conversations, threads, customers, users, mailboxes). */
export const zId = z.number().int().positive();

export const zText = z.string().nullish();

/**
 * A value Help Scout documents as one of a set of strings (`status`, `type`): any scalar is
 * rendered as a string, anything else as its JSON text. It never fails, so an unknown or retyped
 * value reaches the mapper as data (UNKNOWN plus the raw string) instead of costing the field.
 */
export const zLooseText = z
  .unknown()
  .transform((value): string | null => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string') return value;
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  })
  .optional();

/** A value the docs type by its field (custom field values: text, number, dropdown option id). */
export const zScalar = z.union([z.string(), z.number(), z.boolean()]);

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

/** Options of a tolerant read of a Help Scout object: its integer `id` is its identity. */
export function byId(what: string): TolerantOptions {
  return { provider: HELP_SCOUT.slug, what, identity: ['id'] };
}

/**
 * A get-by-id answered with another object is not that object: PROVIDER_BAD_RESPONSE naming both
 * ids (a proxy or cache mixing up answers must not pass off B as A).
 */
export function checkIdentity(what: string, asked: string, got: number): void {
  if (String(got) !== asked) throw badResponse(HELP_SCOUT.slug, `asked for ${what} ${asked}, got ${got}`);
}
