import { formatGlobalId } from '../../../ids/global-id';
import { build, type FieldsOf } from '../../../kit/build';
import { Defects, type FieldDefects, Unreadable } from '../../../kit/defects';
import { isJsonObject } from '../../../kit/json';
import type { Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import type { CommonConversation } from '../../../schema/conversation.interface';
import type { Message } from '../../../schema/message.interface';
import { Channel, ConversationStatus } from '../../../schema/enums';
import { TextUsConversation } from '../graphql/conversation.type';
import type { TextUsLinks, TextUsPeopleRef } from '../graphql/links';
import { TEXTUS } from '../identity';
import type { TextUsConversationWire, TextUsRawConversation } from '../wire/conversation.wire';
import { slugOf } from '../wire/ld.wire';
import { readTimelineItem, type TextUsMessageWire } from '../wire/timeline.wire';
import { assignmentsOf } from './assignment.mapper';
import { itemError, mapTimelineItem } from './message.mapper';
import { mapContactCollection, mapUserCollection } from './participant.mapper';
import { LD_SOURCES, accountOf, actionsOf, jsonLdOf, userInfoOf } from './parts.mapper';
import { timelineOf, timelineRefOf, timelineSummaryOf } from './timeline.mapper';

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

/** The conversation's slug: `slug` as sent, else the last segment of its id. */
export const conversationSlugOf = (wire: TextUsConversationWire): string => wire.slug ?? slugOf(wire.id);

/** The embedded latest item when it is a readable Message (for preview and updatedAt); a link gives nothing without a request. */
function latestMessageOf(wire: TextUsConversationWire): Tolerant<TextUsMessageWire> | Unreadable | null {
  if (!isJsonObject(wire.latestPreviewableItem)) return null;
  const item = readTimelineItem(wire.latestPreviewableItem);
  if (item instanceof Unreadable) return item;
  return item.kind === 'message' ? item.read : null;
}

/**
 * The common fields. Channel is always SMS: TextUs is an SMS/MMS product and sends no channel
 * field, so `rawChannel` is null. `createdAt` and `webUrl` are not in the payload and stay null
 * rather than being guessed; `messageCount` counts events too (it is the timeline's totalItems).
 */
function commonOf({ wire, raw }: TextUsRawConversation): FieldsOf<CommonConversation> {
  const latest = latestMessageOf(wire);
  const latestMessage = latest instanceof Unreadable ? null : latest?.wire;
  const timeline = timelineSummaryOf(wire);
  const slug = conversationSlugOf(wire);
  return {
    id: formatGlobalId(TEXTUS.slug, slug),
    provider: TEXTUS.name,
    nativeId: slug,
    subject: null,
    status: mapStatus(wire.currentState),
    rawStatus: wire.currentState ?? null,
    channel: Channel.SMS,
    rawChannel: null,
    createdAt: null,
    updatedAt: later(latestMessage?.latestEventAt, timeline?.latestPosition),
    lastActivityAt: timeline?.latestPosition ?? null,
    preview: latestMessage?.body ?? null,
    messageCount: timeline?.totalItems ?? null,
    webUrl: null,
    raw,
  };
}

/** Contacts and users as embedded (mapped now) or linked. */
export function peopleRefOf(wire: TextUsConversationWire, defects: Defects = Defects.none): TextUsPeopleRef {
  const { associatedContacts, participants } = wire;
  return {
    conversationKey: conversationSlugOf(wire),
    contacts: typeof associatedContacts === 'object' && associatedContacts !== null
      ? mapContactCollection(associatedContacts, defects.under('associatedContacts')) : (associatedContacts ?? null),
    users: typeof participants === 'object' && participants !== null ? mapUserCollection(participants, defects.under('participants')) : (participants ?? null),
  };
}

/** `latestPreviewableItem`: a link, an embedded item (mapped), its error, or null. */
function latestItemOf(wire: TextUsConversationWire, people: TextUsPeopleRef, links: TextUsLinks): Message | Error | string | null {
  const latest = wire.latestPreviewableItem;
  if (!isJsonObject(latest)) return latest ?? null;
  const item = readTimelineItem(latest);
  return item instanceof Unreadable ? itemError(item) : mapTimelineItem(item, people, links);
}

/**
 * Defects of common fields computed from nested parts (the timeline's latestPosition and
 * totalItems, the embedded latest message's body and latestEventAt): those parts' own mappers
 * cannot report on the conversation's fields.
 */
function derivedDefects(wire: TextUsConversationWire, defects: Defects): Record<string, string> {
  const derived: Record<string, string> = {};
  const timeline = defects.under('timeline').forFields()?.reasons ?? {};
  const latest = latestMessageOf(wire);
  const item = latest instanceof Unreadable ? { body: latest.reason, latestEventAt: latest.reason } : (latest?.defects.forFields()?.reasons ?? {});
  const add = (field: string, reason: string | undefined): void => {
    if (reason !== undefined) derived[field] ??= reason;
  };
  add('lastActivityAt', timeline['latestPosition']);
  add('updatedAt', timeline['latestPosition'] ?? item['latestEventAt']);
  add('messageCount', timeline['totalItems']);
  add('preview', item['body']);
  return derived;
}

function withDerived(fields: FieldDefects | undefined, derived: Record<string, string>): FieldDefects | undefined {
  if (Object.keys(derived).length === 0) return fields;
  return { provider: TEXTUS.slug, reasons: { ...derived, ...fields?.reasons } };
}

const idOrLink = (value: string | { id: string } | null | undefined): string | null =>
  value == null ? null : typeof value === 'string' ? value : value.id;

// Fields computed from a wire key of another name; nested parts report their own leaves.
const SOURCES = {
  ...LD_SOURCES, status: ['currentState'], rawStatus: ['currentState'], accountPath: ['account'],
  requestingUserInfoPath: ['requestingUserInfo'], assignedContactPath: ['assignedContact'], latestPreviewableItemPath: ['latestPreviewableItem'],
  lastMessage: ['latestPreviewableItem'], preview: ['latestPreviewableItem'], updatedAt: ['latestPreviewableItem', 'timeline'],
  lastActivityAt: ['timeline'], messageCount: ['timeline'], timelinePath: ['timeline'], messages: ['timeline'],
  customer: ['associatedContacts'], participants: ['associatedContacts', 'participants'], participantUsers: ['participants'],
  assignmentsPath: ['assignments'], assignee: ['assignments'], statsPath: ['stats'],
};
const NESTED = ['associatedContacts', 'participants', 'assignments', 'account', 'requestingUserInfo', 'timeline'];

/** A conversation, GET or list shape, as a TextUsConversation whose link fields go through `links`. */
export function mapConversation(parsed: TextUsRawConversation, links: TextUsLinks): TextUsConversation {
  const { wire, defects } = parsed;
  const peopleRef = peopleRefOf(wire, defects);
  const timelineRef = timelineRefOf(wire, peopleRef);
  const { requestingUserInfo, account, assignments } = wire;
  // Fields listed one by one, never spread in (see `build`).
  const common = commonOf(parsed);
  return build(TextUsConversation, {
    id: common.id,
    provider: common.provider,
    nativeId: common.nativeId,
    subject: common.subject,
    status: common.status,
    rawStatus: common.rawStatus,
    channel: common.channel,
    rawChannel: common.rawChannel,
    createdAt: common.createdAt,
    updatedAt: common.updatedAt,
    lastActivityAt: common.lastActivityAt,
    preview: common.preview,
    messageCount: common.messageCount,
    webUrl: common.webUrl,
    raw: common.raw,
    jsonLd: jsonLdOf(wire),
    slug: conversationSlugOf(wire),
    currentState: wire.currentState ?? null,
    accountPath: typeof account === 'string' ? account : (account?.wire.id ?? null),
    account: typeof account === 'object' && account !== null ? accountOf(account, defects.under('account')) : null,
    requestingUserInfoPath: typeof requestingUserInfo === 'string' ? requestingUserInfo : null,
    phoneNumber: wire.phoneNumber ?? null,
    formattedPhoneNumber: wire.formattedPhoneNumber ?? null,
    accountPhoneNumber: wire.accountPhoneNumber ?? null,
    formattedAccountPhoneNumber: wire.formattedAccountPhoneNumber ?? null,
    assignedContactPath: idOrLink(wire.assignedContact),
    latestPreviewableItemPath: idOrLink(isJsonObject(wire.latestPreviewableItem) ? latestIdOf(wire.latestPreviewableItem) : wire.latestPreviewableItem),
    assignmentsPath: typeof assignments === 'string' ? assignments : (assignments?.id ?? null),
    timelinePath: timelineRef.path,
    actions: actionsOf(wire, defects),
    unanswered: wire.unanswered ?? null,
    unsubscribed: wire.unsubscribed ?? null,
    blocked: wire.blocked ?? null,
    statsPath: wire.stats ?? null,
    peopleRef,
    userInfoRef: typeof requestingUserInfo === 'object' && requestingUserInfo !== null
      ? userInfoOf(requestingUserInfo, defects.under('requestingUserInfo')) : (requestingUserInfo ?? null),
    latestPreviewableItemSent: wire.latestPreviewableItem !== undefined,
    latestItemRef: latestItemOf(wire, peopleRef, links),
    embeddedTimeline: timelineOf(timelineSummaryOf(wire), timelineRef, links, defects.under('timeline')),
    assignmentsRef: typeof assignments === 'object' && assignments !== null
      ? assignmentsOf(assignments, defects.under('assignments'), links) : (assignments ?? null),
    timelineRef,
    links,
  }, withDerived(defects.forFields(SOURCES, NESTED), derivedDefects(wire, defects)));
}

function latestIdOf(item: Record<string, unknown>): string | null {
  return typeof item['id'] === 'string' ? item['id'] : null;
}
