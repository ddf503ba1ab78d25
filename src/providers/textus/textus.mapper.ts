import { formatGlobalId } from '../../ids/global-id';
import type { CommonConversation } from '../../schema/conversation.interface';
import { Channel, ConversationStatus, Provider } from '../../schema/enums';
import { mapValue } from '../shared/wire';
import { TextUsConversation } from './textus-conversation.type';
import { TEXTUS, build, type FieldsOf } from './textus-links';
import { mapTimelineItem } from './textus-message.mapper';
import { actionsOf, jsonLdOf, viewOf } from './textus-parts.mapper';
import type { TimelineSource } from './textus-timeline.loader';
import type { TextUsTimelineSummaryWire } from './textus-timeline.wire';
import { TextUsTimeline } from './textus-timeline.type';
import type { TextUsRawConversation } from './textus.wire';

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

/** The documented timeline path, for payloads that leave the timeline out. */
export const timelinePathOf = (slug: string): string => `/conversations/${encodeURIComponent(slug)}/timeline`;

/**
 * The common fields. Channel is always SMS: TextUs is an SMS/MMS product and sends no channel
 * field, so `rawChannel` is null. `createdAt` and `webUrl` are not in the payload and stay null
 * rather than being guessed; `messageCount` counts events too (it is the timeline's totalItems).
 */
function commonOf({ wire, raw }: TextUsRawConversation): FieldsOf<CommonConversation> {
  const latest = wire.latestPreviewableItem?.wire;
  const latestMessage = latest?.['@type'] === 'Message' ? latest : null;
  return {
    id: formatGlobalId(TEXTUS, wire.slug),
    provider: Provider.TEXT_US,
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

function timelineOf(timeline: TextUsTimelineSummaryWire | null | undefined, source: TimelineSource): TextUsTimeline | null {
  if (!timeline) return null;
  return build(TextUsTimeline, {
    jsonLd: jsonLdOf(timeline),
    latestPosition: timeline.latestPosition ?? null,
    totalItems: timeline.totalItems,
    view: viewOf(timeline.view),
    source,
  });
}

/** A conversation, GET or list shape, as a TextUsConversation. */
export function mapConversation(parsed: TextUsRawConversation): TextUsConversation {
  const { wire } = parsed;
  const source: TimelineSource = {
    slug: wire.slug,
    timelinePath: wire.timeline?.id ?? timelinePathOf(wire.slug),
    totalItems: wire.timeline?.totalItems ?? null,
  };
  const assigned = wire.assignedContact;
  return build(TextUsConversation, {
    ...commonOf(parsed),
    jsonLd: jsonLdOf(wire),
    slug: wire.slug,
    currentState: wire.currentState ?? null,
    accountPath: wire.account ?? null,
    requestingUserInfoPath: typeof wire.requestingUserInfo === 'string' ? wire.requestingUserInfo : null,
    phoneNumber: wire.phoneNumber ?? null,
    formattedPhoneNumber: wire.formattedPhoneNumber ?? null,
    accountPhoneNumber: wire.accountPhoneNumber ?? null,
    formattedAccountPhoneNumber: wire.formattedAccountPhoneNumber ?? null,
    assignedContactPath: typeof assigned === 'object' && assigned !== null ? assigned.id : (assigned ?? null),
    latestPreviewableItem: wire.latestPreviewableItem ? mapTimelineItem(wire.latestPreviewableItem, wire.slug) : null,
    assignmentsPath: wire.assignments ?? null,
    actions: actionsOf(wire),
    unanswered: wire.unanswered ?? null,
    unsubscribed: wire.unsubscribed ?? null,
    blocked: wire.blocked ?? null,
    timeline: timelineOf(wire.timeline, source),
    statsPath: wire.stats ?? null,
    source: wire,
    timelineSource: source,
  });
}
