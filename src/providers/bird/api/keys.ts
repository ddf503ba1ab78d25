import { badUserInput } from '../../../errors/parley-error';
import { preview } from '../../../ids/global-id';
import { BIRD } from '../identity';

/** Bird documents workspace, conversation and channel ids as `string · uuid`. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Message and participant ids: UUIDs in every documented example, but only `minLength: 1` in
 * the OpenAPI schema, so any short path-safe token is accepted (never `/`, `.`, `?`, `%`).
 */
export const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** A conversation in a workspace: the canonical key is always `<workspaceId>/<conversationId>`. */
export interface BirdRef {
  readonly workspaceId: string;
  readonly conversationId: string;
}

/** A message or participant of a conversation (`bird:message:<key>`, `bird:participant:<key>`). */
export interface BirdItemRef extends BirdRef {
  readonly itemId: string;
}

/** Named in key errors: a short key needs this variable. */
export const WORKSPACE_VAR = 'BIRD_WORKSPACE_ID';

function refuse(key: string, expected: string): never {
  throw badUserInput(`Bird key "${preview(key)}" is not ${expected}`, BIRD.slug);
}

function workspaceFor(explicit: string | undefined, defaultWorkspace: string | undefined, key: string): string {
  if (explicit !== undefined) return explicit.toLowerCase();
  if (defaultWorkspace === undefined) {
    throw badUserInput(
      `Bird key "${preview(key)}" names no workspace and ${WORKSPACE_VAR} is not configured; use <workspaceId>/<conversationId>`,
      BIRD.slug,
    );
  }
  return defaultWorkspace;
}

/**
 * `<conversationId>` (default workspace) or `<workspaceId>/<conversationId>`, both UUIDs.
 * UUIDs compare case-insensitively, so the canonical key is lower case: both spellings of one
 * conversation share one loader entry.
 */
export function parseConversationKey(key: string, defaultWorkspace: string | undefined, what = 'conversation'): BirdRef {
  const parts = key.split('/');
  const expected = `a ${what} UUID or <workspaceId>/<${what}Id> (two UUIDs)`;
  if (parts.length > 2 || !parts.every((part) => UUID.test(part))) refuse(key, expected);
  const conversationId = (parts.length === 2 ? parts[1] : parts[0]) ?? refuse(key, expected);
  const workspaceId = workspaceFor(parts.length === 2 ? parts[0] : undefined, defaultWorkspace, key);
  return { workspaceId, conversationId: conversationId.toLowerCase() };
}

/** A channel key (`bird:channel:<key>`): `<channelId>` or `<workspaceId>/<channelId>`, read like a conversation key. */
export function parseChannelKey(key: string, defaultWorkspace: string | undefined): { workspaceId: string; channelId: string } {
  const { workspaceId, conversationId } = parseConversationKey(key, defaultWorkspace, 'channel');
  return { workspaceId, channelId: conversationId };
}

/** `<conversationId>/<itemId>` (default workspace) or `<workspaceId>/<conversationId>/<itemId>`. */
export function parseItemKey(key: string, defaultWorkspace: string | undefined): BirdItemRef {
  const parts = key.split('/');
  const itemId = parts.pop() ?? '';
  const expected = '<conversationId>/<id> or <workspaceId>/<conversationId>/<id>';
  if (parts.length < 1 || parts.length > 2 || !ITEM_ID.test(itemId) || !parts.every((part) => UUID.test(part))) {
    refuse(key, expected);
  }
  return { ...parseConversationKey(parts.join('/'), defaultWorkspace), itemId };
}

/** Canonical loader key: always the long form, so both spellings meet in one cache entry. */
export function canonicalKey(ref: BirdRef): string {
  return `${ref.workspaceId}/${ref.conversationId}`;
}

/** The key shown in `id`: short in the configured default workspace, long elsewhere. */
export function displayKey(ref: BirdRef, defaultWorkspace: string | undefined): string {
  return ref.workspaceId === defaultWorkspace ? ref.conversationId : canonicalKey(ref);
}

/** Key of a message or participant node: the conversation's display key, then the item id. */
export function displayItemKey(ref: BirdItemRef, defaultWorkspace: string | undefined): string {
  return `${displayKey(ref, defaultWorkspace)}/${ref.itemId}`;
}
