import { formatGlobalId } from '../../../ids/global-id';
import { build, type FieldsOf } from '../../../kit/build';
import { mapValue } from '../../../kit/wire';
import type { CommonConversation } from '../../../schema/conversation.interface';
import { Channel, ConversationStatus } from '../../../schema/enums';
import { TextUsConversation } from '../graphql/conversation.type';
import type { TextUsLinks, TextUsPeopleRef, TextUsTimelineRef } from '../graphql/links';
import { TextUsTimeline } from '../graphql/timeline.type';
import { TEXTUS } from '../identity';
import type { TextUsConversationWire, TextUsRawConversation } from '../wire/conversation.wire';
import type { TextUsTimelineSummaryWire } from '../wire/timeline.wire';
import { mapTimelineItem } from './message.mapper';
import { mapContactCollection, mapUserCollection } from './participant.mapper';
import { actionsOf, jsonLdOf, userInfoOf, viewOf } from './parts.mapper';

// currentState values seen in the docs and the example.
const STATUSES: Readonly<Record<string, ConversationStatus>> = {
  open: ConversationStatus.OPEN,
  closed: ConversationStatus.CLOSED,
};

export const mapStatus = (raw: string | null | undefined): ConversationStatus =>
  mapValue(raw, STATUSES, ConversationStatus.UNKNOWN);

/** The later of two timestamps, kept as sent; null when neither is known. */
function later(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a || !b) return a ?? b ?? null;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/**
 * The common fields. Channel is always SMS: TextUs is an SMS/MMS product and sends no channel
 * field, so `rawChannel` is null. `createdAt` and `webUrl` are not in the payload and stay null
 * rather than being guessed; `messageCount` counts events too (it is the timeline's totalItems).
 */
function commonOf({ wire, raw }: TextUsRawConversation): FieldsOf<CommonConversation> {
  const latest = wire.latestPreviewableItem?.wire;
  const latestMessage = latest?.['@type'] === 'Message' ? latest : null;
  return {
    id: formatGlobalId(TEXTUS.slug, wire.slug),
    provider: TEXTUS.name,
    nativeId: wire.slug,
    subject: null,
    status: mapStatus(wire.currentState),
    rawStatus: wire.currentState ?? null,
    channel: Channel.SMS,
    rawChannel: null,
    createdAt: null,
    updatedAt: later(latestMessage?.latestEventAt, wire.timeline?.latestPosition),
    lastActivityAt: wire.timeline?.latestPosition ?? null,
    preview: latestMessage?.body ?? null,
    messageCount: wire.timeline?.totalItems ?? null,
    webUrl: null,
    raw,
  };
}

function timelineOf(timeline: TextUsTimelineSummaryWire | null | undefined, ref: TextUsTimelineRef, links: TextUsLinks): TextUsTimeline | null {
  if (!timeline) return null;
  return build(TextUsTimeline, {
    jsonLd: jsonLdOf(timeline),
    latestPosition: timeline.latestPosition ?? null,
    totalItems: timeline.totalItems,
    view: viewOf(timeline.view),
    ref,
    links,
  });
}

/** Where the timeline lives; a first page embedded in full says whether older pages exist. */
function timelineRefOf(wire: TextUsConversationWire, people: TextUsPeopleRef): TextUsTimelineRef {
  const { timeline } = wire;
  return {
    people,
    path: timeline?.id ?? null,
    // The list shape's summary has no members: its view is not trusted as a page's.
    olderThanFirst: timeline?.members === undefined ? undefined : (timeline.view?.next ?? null),
    totalItems: timeline?.totalItems ?? null,
  };
}

/** Contacts and users as embedded (mapped now) or linked. */
export function peopleRefOf({ slug, associatedContacts, participants }: TextUsConversationWire): TextUsPeopleRef {
  return {
    conversationKey: slug,
    contacts: typeof associatedContacts === 'object' && associatedContacts !== null ? mapContactCollection(associatedContacts) : (associatedContacts ?? null),
    users: typeof participants === 'object' && participants !== null ? mapUserCollection(participants) : (participants ?? null),
  };
}

/** A conversation, GET or list shape, as a TextUsConversation whose link fields go through `links`. */
export function mapConversation(parsed: TextUsRawConversation, links: TextUsLinks): TextUsConversation {
  const { wire } = parsed;
  const peopleRef = peopleRefOf(wire);
  const timelineRef = timelineRefOf(wire, peopleRef);
  const assigned = wire.assignedContact;
  const { requestingUserInfo } = wire;
  return build(TextUsConversation, {
    ...commonOf(parsed),
    jsonLd: jsonLdOf(wire),
    slug: wire.slug,
    currentState: wire.currentState ?? null,
    accountPath: wire.account ?? null,
    requestingUserInfoPath: typeof requestingUserInfo === 'string' ? requestingUserInfo : null,
    phoneNumber: wire.phoneNumber ?? null,
    formattedPhoneNumber: wire.formattedPhoneNumber ?? null,
    accountPhoneNumber: wire.accountPhoneNumber ?? null,
    formattedAccountPhoneNumber: wire.formattedAccountPhoneNumber ?? null,
    assignedContactPath: typeof assigned === 'object' && assigned !== null ? assigned.id : (assigned ?? null),
    latestPreviewableItem: wire.latestPreviewableItem ? mapTimelineItem(wire.latestPreviewableItem, peopleRef, links) : null,
    assignmentsPath: wire.assignments ?? null,
    actions: actionsOf(wire),
    unanswered: wire.unanswered ?? null,
    unsubscribed: wire.unsubscribed ?? null,
    blocked: wire.blocked ?? null,
    timeline: timelineOf(wire.timeline, timelineRef, links),
    statsPath: wire.stats ?? null,
    peopleRef,
    userInfoRef: typeof requestingUserInfo === 'object' && requestingUserInfo !== null ? userInfoOf(requestingUserInfo) : (requestingUserInfo ?? null),
    latestPreviewableItemSent: wire.latestPreviewableItem !== undefined,
    timelineRef,
    links,
  });
}
