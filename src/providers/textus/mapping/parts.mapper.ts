import { formatGlobalId } from '../../../ids/global-id';
import { build } from '../../../kit/build';
import type { JsonObject } from '../../../kit/json';
import type { Parsed } from '../../../kit/wire';
import {
  TextUsCollectionView, TextUsContactPhone, TextUsContactPhoneCollection, TextUsConversationActions, TextUsJsonLd,
  TextUsObjectCollection, TextUsUserInfo,
} from '../graphql/parts.type';
import { TEXTUS } from '../identity';
import type { TextUsActionName, TextUsConversationWire } from '../wire/conversation.wire';
import { slugOf, type TextUsCollectionWire, type TextUsViewWire } from '../wire/ld.wire';
import type { TextUsContactPhoneWire, TextUsUserInfoWire } from '../wire/people.wire';

interface LdWire {
  '@type'?: string | undefined;
  '@context'?: string | null | undefined;
  id: string;
}

export function jsonLdOf(wire: LdWire): TextUsJsonLd {
  return build(TextUsJsonLd, { id: wire.id, type: wire['@type'] ?? '', context: wire['@context'] ?? null });
}

/** The node fields of an object TextUs serves at its JSON-LD id (`/users/wqyODPA`): global id `textus:<kind>:<slug>`. */
export function nodeOf(wire: { id: string }, kind: string): { id: string; provider: string; nativeId: string } {
  const slug = slugOf(wire.id);
  return { id: formatGlobalId(TEXTUS.slug, slug, kind), provider: TEXTUS.name, nativeId: slug };
}

export function viewOf(view: TextUsViewWire | null | undefined): TextUsCollectionView | null {
  if (!view) return null;
  return build(TextUsCollectionView, {
    jsonLd: view.id === undefined ? null : jsonLdOf({ ...view, id: view.id }),
    first: view.first ?? null,
    next: view.next ?? null,
    previous: view.previous ?? null,
  });
}

export function objectCollectionOf(wire: TextUsCollectionWire<JsonObject> | null | undefined): TextUsObjectCollection | null {
  if (!wire) return null;
  return build(TextUsObjectCollection, { jsonLd: jsonLdOf(wire), totalItems: wire.totalItems, members: wire.members });
}

export function phonesOf(wire: TextUsCollectionWire<TextUsContactPhoneWire> | null | undefined): TextUsContactPhoneCollection | null {
  if (!wire) return null;
  const members = wire.members.map((phone) =>
    build(TextUsContactPhone, {
      jsonLd: jsonLdOf(phone),
      phoneNumber: phone.phoneNumber,
      formattedPhoneNumber: phone.formattedPhoneNumber ?? null,
      extension: phone.extension ?? null,
      type: phone.type ?? null,
      deliverabilityStatus: phone.deliverabilityStatus ?? null,
      contactPath: phone.contact ?? null,
    }),
  );
  return build(TextUsContactPhoneCollection, { jsonLd: jsonLdOf(wire), totalItems: wire.totalItems, members });
}

export function userInfoOf({ wire, raw }: Parsed<TextUsUserInfoWire>): TextUsUserInfo {
  return build(TextUsUserInfo, {
    read: wire.read ?? null,
    readToTimelinePosition: wire.readToTimelinePosition ?? null,
    starred: wire.starred ?? null,
    assigned: wire.assigned ?? null,
    raw,
  });
}

export function actionsOf(wire: TextUsConversationWire): TextUsConversationActions {
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
  });
}
