import type { LayerSettings } from './keys';

// Every Layer path is built here, from validated keys, each segment URL-encoded. Paths are
// relative to the base URL; `messagesPage` extends a `messages_url` link the upstream sent.

const seg = encodeURIComponent;
const appPath = (settings: LayerSettings): string => `apps/${seg(settings.appId)}`;
const scope = (settings: LayerSettings, user: string | null): string =>
  user === null ? appPath(settings) : `${appPath(settings)}/users/${seg(user)}`;

/** One conversation, in the user perspective (`user`) or the system perspective (null). */
export const conversationPath = (settings: LayerSettings, key: string, user: string | null): string =>
  `${scope(settings, user)}/conversations/${seg(key)}`;

export const messagePath = (settings: LayerSettings, conversationKey: string, messageKey: string, user: string | null): string =>
  `${conversationPath(settings, conversationKey, user)}/messages/${seg(messageKey)}`;

export const identityPath = (settings: LayerSettings, userId: string): string => `${scope(settings, userId)}/identity`;

/** The conversations a user takes part in (Layer lists only per user). */
export const conversationListPath = (settings: LayerSettings, user: string): string => `${scope(settings, user)}/conversations`;

/** `…/users/:user/conversations?page_size=&from_id=&sort_by=created_at`: newest first, stable while paging. */
export function conversationListPage(settings: LayerSettings, user: string, pageSize: number, fromId: string | null): string {
  const query = new URLSearchParams({ page_size: String(pageSize) });
  if (fromId !== null) query.set('from_id', fromId);
  query.set('sort_by', 'created_at');
  return `${conversationListPath(settings, user)}?${query.toString()}`;
}

/** `messages_url?page_size=N[&from_id=<uuid>]`: the one spelling, so equal pages share one loader entry. */
export function messagesPage(messagesUrl: URL, fromId: string | null, pageSize: number): URL {
  const url = new URL(messagesUrl.href);
  url.searchParams.set('page_size', String(pageSize));
  if (fromId !== null) url.searchParams.set('from_id', fromId);
  return url;
}
