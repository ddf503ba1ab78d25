import { formatGlobalId } from '../../../ids/global-id';
import { build } from '../../../kit/build';
import { Defects } from '../../../kit/defects';
import type { JsonObject } from '../../../kit/json';
import type { Parsed } from '../../../kit/wire';
import {
  TextUsAccount, TextUsCollectionView, TextUsContactPhone, TextUsContactPhoneCollection, TextUsConversationActions, TextUsJsonLd,
  TextUsObjectCollection, TextUsUserInfo,
} from '../graphql/parts.type';
import { TEXTUS } from '../identity';
import type { TextUsAccountWire, TextUsActionName, TextUsConversationWire } from '../wire/conversation.wire';
import { slugOf, type TextUsCollectionWire, type TextUsViewWire } from '../wire/ld.wire';
import type { TextUsContactPhoneWire, TextUsUserInfoWire } from '../wire/people.wire';

interface LdWire {
  '@type'?: string | null | undefined;
  '@context'?: string | null | undefined;
  id: string;
}

/** `jsonLd` shows `@type` and `@context`: a defect in either is reported there. */
export const LD_SOURCES: Readonly<Record<string, readonly string[]>> = { jsonLd: ['@type', '@context'] };
const PHONE_SOURCES = { ...LD_SOURCES, contactPath: ['contact'] };

export function jsonLdOf(wire: LdWire): TextUsJsonLd {
  return build(TextUsJsonLd, { path: wire.id, type: wire['@type'] ?? '', context: wire['@context'] ?? null });
}

/** The node fields of an object TextUs serves at its JSON-LD id (`/users/wqyODPA`): global id `textus:<kind>:<slug>`. */
export function nodeOf(wire: { id: string }, kind: string): { id: string; provider: string; nativeId: string } {
  const slug = slugOf(wire.id);
  return { id: formatGlobalId(TEXTUS.slug, slug, kind), provider: TEXTUS.name, nativeId: slug };
}

export function viewOf(view: TextUsViewWire | null | undefined, defects: Defects = Defects.none): TextUsCollectionView | null {
  if (!view) return null;
  return build(TextUsCollectionView, {
    jsonLd: typeof view.id === 'string' ? jsonLdOf({ ...view, id: view.id }) : null,
    first: view.first ?? null,
    next: view.next ?? null,
    previous: view.previous ?? null,
  }, defects.forFields({ jsonLd: ['@type', '@context', 'id'] }));
}

export function objectCollectionOf(wire: TextUsCollectionWire<JsonObject> | null | undefined, defects: Defects = Defects.none): TextUsObjectCollection | null {
  if (!wire) return null;
  return build(TextUsObjectCollection, { jsonLd: jsonLdOf(wire), totalItems: wire.totalItems ?? null, members: wire.members ?? [] }, defects.forFields(LD_SOURCES));
}

export function phonesOf(wire: TextUsCollectionWire<TextUsContactPhoneWire> | null | undefined, defects: Defects = Defects.none): TextUsContactPhoneCollection | null {
  if (!wire) return null;
  const members = (wire.members ?? []).map((phone, i) =>
    build(TextUsContactPhone, {
      jsonLd: jsonLdOf(phone),
      phoneNumber: phone.phoneNumber ?? null,
      formattedPhoneNumber: phone.formattedPhoneNumber ?? null,
      extension: phone.extension ?? null,
      type: phone.type ?? null,
      deliverabilityStatus: phone.deliverabilityStatus ?? null,
      contactPath: phone.contact ?? null,
    }, defects.under('members', i).forFields(PHONE_SOURCES)),
  );
  return build(TextUsContactPhoneCollection, { jsonLd: jsonLdOf(wire), totalItems: wire.totalItems ?? null, members }, defects.forFields(LD_SOURCES, ['members']));
}

export function userInfoOf({ wire, raw }: Parsed<TextUsUserInfoWire>, defects: Defects = Defects.none): TextUsUserInfo {
  return build(TextUsUserInfo, {
    read: wire.read ?? null,
    readToTimelinePosition: wire.readToTimelinePosition ?? null,
    starred: wire.starred ?? null,
    assigned: wire.assigned ?? null,
    raw,
  }, defects.forFields());
}

export function accountOf({ wire, raw }: Parsed<TextUsAccountWire>, defects: Defects): TextUsAccount {
  return build(TextUsAccount, { jsonLd: jsonLdOf(wire), name: wire.name ?? null, raw }, defects.forFields(LD_SOURCES));
}

export function actionsOf(wire: TextUsConversationWire, defects: Defects): TextUsConversationActions {
  const link = (name: TextUsActionName): string | null => wire[name] ?? null;
  return build(TextUsConversationActions, {
    assignContact: link('assignContact'),
    reopenConversation: link('reopenConversation'),
    closeConversation: link('closeConversation'),
    readConversation: link('readConversation'),
    unreadConversation: link('unreadConversation'),
    starConversation: link('starConversation'),
    unstarConversation: link('unstarConversation'),
    blockConversation: link('blockConversation'),
    unblockConversation: link('unblockConversation'),
    subscribeConversation: link('subscribeConversation'),
    unsubscribeConversation: link('unsubscribeConversation'),
  }, defects.forFields());
}
