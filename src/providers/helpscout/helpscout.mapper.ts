import { formatGlobalId } from '../../ids/global-id';
import { Channel, ConversationStatus, Provider } from '../../schema/enums';
import { isJsonObject, type JsonObject } from '../shared/json';
import { mapValue } from '../shared/wire';
import { HelpScoutConversation } from './helpscout-conversation.type';
import {
  HelpScoutCustomField, HelpScoutNextEvent, HelpScoutSnooze, HelpScoutTag, HelpScoutWaitingSince,
} from './helpscout-parts.type';
import { mapCustomerSummary, mapPerson, mapUserSummary } from './helpscout-person.mapper';
import { mapLinks, mapSource } from './helpscout-thread.mapper';
import { relOrPath, type LinkRef } from './helpscout.links';
import { paths } from './helpscout.paths';
import { linkHref, SLUG, type WireConversation } from './helpscout.wire';

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

/** Where a conversation payload came from, so its links and id paths resolve against the right URLs. */
export interface MapContext {
  /** URL of the response (HAL hrefs resolve against it). */
  responseUrl: string;
  /** Provider base URL (id-built paths resolve against it). */
  baseUrl: string;
  /** The id requested when Help Scout redirected a merged conversation here. */
  mergedFromId?: string | null;
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
  const links = wire._links;
  const ref = (rel: string) => {
    const href = linkHref(links, rel);
    return href === null ? null : { href, base: ctx.responseUrl };
  };
  const createdByRel = wire.createdBy?.type === 'customer' ? 'createdByCustomer' : 'createdByUser';
  const { baseUrl } = ctx;
  return {
    primaryCustomer: wire.primaryCustomer
      ? mapCustomerSummary(wire.primaryCustomer, { baseUrl, rel: ref('primaryCustomer') }, child(raw, 'primaryCustomer'))
      : null,
    createdBy: wire.createdBy ? mapPerson(wire.createdBy, { baseUrl, rel: ref(createdByRel) }, child(raw, 'createdBy')) : null,
    assigneeUser: wire.assignee ? mapUserSummary(wire.assignee, { baseUrl, rel: ref('assignee') }, child(raw, 'assignee')) : null,
    closedByUser: wire.closedByUser ? mapUserSummary(wire.closedByUser, { baseUrl, rel: ref('closedBy') }, child(raw, 'closedByUser')) : null,
  };
}

function parts(wire: WireConversation) {
  const { customerWaitingSince: waiting, snooze, nextEvent } = wire;
  return {
    tags: (wire.tags ?? []).map((t) => Object.assign(new HelpScoutTag(), { id: t.id, color: t.color ?? null, tag: t.tag })),
    customFields: (wire.customFields ?? []).map((f) =>
      Object.assign(new HelpScoutCustomField(), { id: f.id, name: f.name, value: f.value ?? null, text: f.text ?? null }),
    ),
    customerWaitingSince: waiting ? Object.assign(new HelpScoutWaitingSince(), { time: waiting.time ?? null, friendly: waiting.friendly ?? null }) : null,
    snooze: snooze
      ? Object.assign(new HelpScoutSnooze(), {
          snoozedBy: snooze.snoozedBy ?? null, snoozedUntil: snooze.snoozedUntil ?? null, unsnoozeOnCustomerReply: snooze.unsnoozeOnCustomerReply ?? null,
        })
      : null,
    nextEvent: nextEvent
      ? Object.assign(new HelpScoutNextEvent(), {
          time: nextEvent.time ?? null, eventType: nextEvent.eventType ?? null, userId: nextEvent.userId ?? null, cancelOnCustomerReply: nextEvent.cancelOnCustomerReply ?? null,
        })
      : null,
  };
}

/** The mailbox's HAL link, else its documented path by `mailboxId`; null when the payload names neither. */
function mailboxLink(wire: WireConversation, ctx: MapContext): LinkRef | null {
  const id = wire.mailboxId ?? null;
  if (linkHref(wire._links, 'mailbox') === null && id === null) return null;
  return relOrPath(wire._links, 'mailbox', ctx.responseUrl, paths.mailbox(id ?? ''), ctx.baseUrl);
}

/** Conversation wire object → HelpScoutConversation (pure). `raw` is the untouched body. */
export function mapConversation(wire: WireConversation, raw: JsonObject, ctx: MapContext): HelpScoutConversation {
  const nativeId = String(wire.id);
  const links = wire._links;
  return Object.assign(new HelpScoutConversation(), {
    id: formatGlobalId(SLUG, nativeId),
    provider: Provider.HELP_SCOUT,
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
    threadsLink: relOrPath(links, 'threads', ctx.responseUrl, paths.threads(nativeId), ctx.baseUrl),
    mailboxLink: mailboxLink(wire, ctx),
  });
}
