import { build } from '../../../kit/build';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import { mapValue } from '../../../kit/wire';
import { formatGlobalId } from '../../../ids/global-id';
import { Channel, ConversationStatus } from '../../../schema/enums';
import type { LinkRef } from '../api/keys';
import { HelpScoutConversation } from '../graphql/conversation.type';
import type { HelpScoutLinks } from '../graphql/links';
import { HelpScoutCustomField, HelpScoutNextEvent, HelpScoutSnooze, HelpScoutTag, HelpScoutWaitingSince } from '../graphql/parts.type';
import { HELP_SCOUT } from '../identity';
import type { WireConversation } from '../wire/conversation.wire';
import { linkHref } from '../wire/hal.wire';
import { halLink, linkRef, mapLinks } from './link.mapper';
import { mapCustomerSummary, mapPerson, mapUserSummary } from './person.mapper';
import { mapSource } from './thread.mapper';

/** `status` → common status (providers.md C.3). `all` is a list filter, never a conversation's own status. */
const STATUSES: Readonly<Record<string, ConversationStatus>> = {
  active: ConversationStatus.OPEN,
  open: ConversationStatus.OPEN,
  pending: ConversationStatus.PENDING,
  closed: ConversationStatus.CLOSED,
  spam: ConversationStatus.SPAM,
};

/** `type` → channel. */
const CHANNELS: Readonly<Record<string, Channel>> = {
  email: Channel.EMAIL,
  chat: Channel.CHAT,
  phone: Channel.PHONE,
};

/** Where a conversation payload came from, and who follows its links. */
export interface MapContext {
  /** URL of the response (HAL hrefs resolve against it). */
  responseUrl: string;
  /** The id requested when Help Scout redirected a merged conversation here. */
  mergedFromId?: string | null;
  follow: HelpScoutLinks;
}

/** The later of two timestamps, compared as instants but returned exactly as sent. */
function latest(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

const child = (raw: JsonObject, key: string): JsonObject | null => {
  const value = raw[key];
  return isJsonObject(value) ? value : null;
};

/** Threads count only when the response embedded all of them; a partial list is never taken as the whole. */
function completeThreads(wire: WireConversation): JsonObject[] | null {
  const embedded = wire._embedded?.threads;
  return embedded && wire.threads !== null && wire.threads !== undefined && embedded.length === wire.threads ? embedded : null;
}

function status(wire: WireConversation): ConversationStatus {
  return wire.state === 'deleted' ? ConversationStatus.DELETED : mapValue(wire.status, STATUSES, ConversationStatus.UNKNOWN);
}

function persons(wire: WireConversation, raw: JsonObject, ctx: MapContext) {
  const { follow, responseUrl } = ctx;
  const rel = (name: string) => ({ follow, rel: halLink(wire._links, name, responseUrl) });
  const createdByRel = wire.createdBy?.type === 'customer' ? 'createdByCustomer' : 'createdByUser';
  return {
    primaryCustomer: wire.primaryCustomer ? mapCustomerSummary(wire.primaryCustomer, rel('primaryCustomer'), child(raw, 'primaryCustomer')) : null,
    createdBy: wire.createdBy ? mapPerson(wire.createdBy, rel(createdByRel), child(raw, 'createdBy')) : null,
    assigneeUser: wire.assignee ? mapUserSummary(wire.assignee, rel('assignee'), child(raw, 'assignee')) : null,
    closedByUser: wire.closedByUser ? mapUserSummary(wire.closedByUser, rel('closedBy'), child(raw, 'closedByUser')) : null,
  };
}

function parts(wire: WireConversation) {
  const { customerWaitingSince: waiting, snooze, nextEvent } = wire;
  return {
    tags: (wire.tags ?? []).map((t) => build(HelpScoutTag, { id: t.id, color: t.color ?? null, tag: t.tag })),
    customFields: (wire.customFields ?? []).map((f) =>
      build(HelpScoutCustomField, { id: f.id, name: f.name, value: f.value ?? null, text: f.text ?? null }),
    ),
    customerWaitingSince: waiting ? build(HelpScoutWaitingSince, { time: waiting.time ?? null, friendly: waiting.friendly ?? null }) : null,
    snooze: snooze
      ? build(HelpScoutSnooze, {
          snoozedBy: snooze.snoozedBy ?? null, snoozedUntil: snooze.snoozedUntil ?? null, unsnoozeOnCustomerReply: snooze.unsnoozeOnCustomerReply ?? null,
        })
      : null,
    nextEvent: nextEvent
      ? build(HelpScoutNextEvent, {
          time: nextEvent.time ?? null, eventType: nextEvent.eventType ?? null, userId: nextEvent.userId ?? null, cancelOnCustomerReply: nextEvent.cancelOnCustomerReply ?? null,
        })
      : null,
  };
}

/** The mailbox's HAL link, else its documented path by `mailboxId`; null when the payload names neither. */
function mailboxLink(wire: WireConversation, ctx: MapContext): LinkRef | null {
  const hal = halLink(wire._links, 'mailbox', ctx.responseUrl);
  if (hal !== null) return { kind: 'mailbox', hal };
  return wire.mailboxId === null || wire.mailboxId === undefined ? null : linkRef('mailbox', null, String(wire.mailboxId));
}

/** Conversation wire object → HelpScoutConversation (pure). `raw` is the untouched body. */
export function mapConversation(wire: WireConversation, raw: JsonObject, ctx: MapContext): HelpScoutConversation {
  const nativeId = String(wire.id);
  const links = wire._links;
  return build(HelpScoutConversation, {
    id: formatGlobalId(HELP_SCOUT.slug, nativeId),
    provider: HELP_SCOUT.name,
    nativeId,
    subject: wire.subject ?? null,
    status: status(wire),
    rawStatus: wire.status,
    channel: mapValue(wire.type, CHANNELS, Channel.UNKNOWN),
    rawChannel: wire.type ?? null,
    createdAt: wire.createdAt ?? null,
    updatedAt: wire.userUpdatedAt ?? null,
    lastActivityAt: latest(wire.userUpdatedAt, wire.customerWaitingSince?.time),
    preview: wire.preview ?? null,
    messageCount: wire.threads ?? null,
    webUrl: linkHref(links, 'web'),
    raw,
    mergedFromId: ctx.mergedFromId ?? null,
    number: wire.number ?? null,
    threadCount: wire.threads ?? null,
    mailboxId: wire.mailboxId ?? null,
    folderId: wire.folderId ?? null,
    state: wire.state ?? null,
    source: mapSource(wire.source),
    cc: wire.cc ?? [],
    bcc: wire.bcc ?? [],
    closedAt: wire.closedAt ?? null,
    closedBy: wire.closedBy ?? null,
    userUpdatedAt: wire.userUpdatedAt ?? null,
    links: mapLinks(links),
    ...parts(wire),
    ...persons(wire, raw, ctx),
    embeddedThreads: completeThreads(wire),
    threadsLink: linkRef('threads', halLink(links, 'threads', ctx.responseUrl), nativeId),
    mailboxLink: mailboxLink(wire, ctx),
    follow: ctx.follow,
  });
}
