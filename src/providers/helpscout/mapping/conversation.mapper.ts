import { build } from '../../../kit/build';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import type { Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import { formatGlobalId, formatPartId } from '../../../ids/global-id';
import { Channel, ConversationStatus } from '../../../schema/enums';
import type { LinkRef } from '../api/keys';
import { HelpScoutConversation } from '../graphql/conversation.type';
import type { HelpScoutLinks } from '../graphql/links';
import { HelpScoutCustomField, HelpScoutNextEvent, HelpScoutSnooze, HelpScoutTag, HelpScoutWaitingSince } from '../graphql/parts.type';
import { HELP_SCOUT } from '../identity';
import type { WireConversation } from '../wire/conversation.wire';
import { linkHref } from '../wire/hal.wire';
import { halLink, linkRef, mapLinks } from './link.mapper';
import { mapCustomerSummary, mapPerson, mapUserSummary, type PersonPart } from './person.mapper';
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
function completeThreads(wire: WireConversation): unknown[] | null {
  const embedded = wire._embedded?.threads;
  return embedded && wire.threads !== null && wire.threads !== undefined && embedded.length === wire.threads ? embedded : null;
}

function status(wire: WireConversation): ConversationStatus {
  return wire.state === 'deleted' ? ConversationStatus.DELETED : mapValue(wire.status, STATUSES, ConversationStatus.UNKNOWN);
}

function persons({ wire, raw, defects }: Tolerant<WireConversation>, ctx: MapContext) {
  const { follow, responseUrl } = ctx;
  const rel = (name: string) => ({ follow, rel: halLink(wire._links, name, responseUrl) });
  const part = (key: string): PersonPart => ({ raw: child(raw, key), defects: defects.under(key) });
  const createdByRel = wire.createdBy?.type === 'customer' ? 'createdByCustomer' : 'createdByUser';
  return {
    primaryCustomer: wire.primaryCustomer ? mapCustomerSummary(wire.primaryCustomer, rel('primaryCustomer'), part('primaryCustomer')) : null,
    createdBy: wire.createdBy ? mapPerson(wire.createdBy, rel(createdByRel), part('createdBy')) : null,
    assigneeUser: wire.assignee ? mapUserSummary(wire.assignee, rel('assignee'), part('assignee')) : null,
    closedByUser: wire.closedByUser ? mapUserSummary(wire.closedByUser, rel('closedBy'), part('closedByUser')) : null,
  };
}

/** A custom field value as documented types it (text, number, dropdown option id): a string rendering plus the value as sent. */
const rendered = (value: string | number | boolean | null | undefined): string | null => (value === null || value === undefined ? null : String(value));

/**
 * Tags and custom fields carry Help Scout's account-wide ids (every conversation with field 8
 * has an item with id 8): their `id` is scoped by the conversation (`id` of the conversation,
 * here), the upstream id kept as `tagId` and `fieldId`.
 */
function parts({ wire, defects }: Tolerant<WireConversation>, id: string) {
  const { customerWaitingSince: waiting, snooze, nextEvent } = wire;
  const own = (key: string) => defects.under(key).forFields();
  return {
    tags: (wire.tags ?? []).map((t, i) =>
      build(HelpScoutTag, { id: formatPartId(id, 'tag', t.id), tagId: t.id, color: t.color ?? null, tag: t.tag ?? null }, defects.under('tags', i).forFields()),
    ),
    customFields: (wire.customFields ?? []).map((f, i) =>
      build(
        HelpScoutCustomField,
        { id: formatPartId(id, 'customField', f.id), fieldId: f.id, name: f.name ?? null, value: rendered(f.value), rawValue: f.value ?? null, text: rendered(f.text) },
        defects.under('customFields', i).forFields({ rawValue: ['value'] }),
      ),
    ),
    customerWaitingSince: waiting
      ? build(HelpScoutWaitingSince, { time: waiting.time ?? null, friendly: waiting.friendly ?? null }, own('customerWaitingSince'))
      : null,
    snooze: snooze
      ? build(
          HelpScoutSnooze,
          { snoozedBy: snooze.snoozedBy ?? null, snoozedUntil: snooze.snoozedUntil ?? null, unsnoozeOnCustomerReply: snooze.unsnoozeOnCustomerReply ?? null },
          own('snooze'),
        )
      : null,
    nextEvent: nextEvent
      ? build(
          HelpScoutNextEvent,
          { time: nextEvent.time ?? null, eventType: nextEvent.eventType ?? null, userId: nextEvent.userId ?? null, cancelOnCustomerReply: nextEvent.cancelOnCustomerReply ?? null },
          own('nextEvent'),
        )
      : null,
  };
}

/** The mailbox's HAL link, else its documented path by `mailboxId`; null when the payload names neither. */
function mailboxLink(wire: WireConversation, ctx: MapContext): LinkRef | null {
  const hal = halLink(wire._links, 'mailbox', ctx.responseUrl);
  if (hal !== null) return { kind: 'mailbox', hal };
  return wire.mailboxId === null || wire.mailboxId === undefined ? null : linkRef('mailbox', null, String(wire.mailboxId));
}

/**
 * Fields computed from keys of other names. `status` and `channel` are non-null: their keys are
 * read loosely (never left out), an unmapped value is UNKNOWN with the value in `raw…`.
 */
const SOURCES = {
  rawChannel: ['type'], updatedAt: ['userUpdatedAt'], lastActivityAt: ['userUpdatedAt', 'customerWaitingSince'],
  messageCount: ['threads'], threadCount: ['threads'], webUrl: ['_links'], links: ['_links'], customer: ['primaryCustomer'],
  participants: ['primaryCustomer', 'createdBy', 'assignee', 'closedByUser'],
} as const;
const NESTED = [
  'assignee', 'createdBy', 'closedByUser', 'primaryCustomer', 'customerWaitingSince', 'source', 'tags', 'customFields', 'snooze', 'nextEvent',
] as const;

/** Conversation read tolerantly → HelpScoutConversation (pure). `raw` is the untouched body. */
export function mapConversation(read: Tolerant<WireConversation>, ctx: MapContext): HelpScoutConversation {
  const { wire, raw, defects } = read;
  const nativeId = String(wire.id);
  const id = formatGlobalId(HELP_SCOUT.slug, nativeId);
  const links = wire._links;
  // Listed field by field below: a spread literal is what made building slow (see `build`).
  const own = parts(read, id);
  const people = persons(read, ctx);
  return build(
    HelpScoutConversation,
    {
      id,
      provider: HELP_SCOUT.name,
      nativeId,
      subject: wire.subject ?? null,
      status: status(wire),
      rawStatus: wire.status ?? null,
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
      source: mapSource(wire.source, defects.under('source')),
      cc: wire.cc ?? [],
      bcc: wire.bcc ?? [],
      closedAt: wire.closedAt ?? null,
      closedBy: wire.closedBy ?? null,
      userUpdatedAt: wire.userUpdatedAt ?? null,
      links: mapLinks(links),
      tags: own.tags,
      customFields: own.customFields,
      customerWaitingSince: own.customerWaitingSince,
      snooze: own.snooze,
      nextEvent: own.nextEvent,
      primaryCustomer: people.primaryCustomer,
      createdBy: people.createdBy,
      assigneeUser: people.assigneeUser,
      closedByUser: people.closedByUser,
      embeddedThreads: completeThreads(wire),
      threadsLink: linkRef('threads', halLink(links, 'threads', ctx.responseUrl), nativeId),
      mailboxLink: mailboxLink(wire, ctx),
      follow: ctx.follow,
    },
    defects.forFields(SOURCES, NESTED),
  );
}
