/**
 * The Help Scout person and conversation mappers as they were before construction without
 * spread (issue 12): `Object.assign` of spread-composed literals, `displayName` by filter/join,
 * `mapLinks` by entries/flatMap. Only `construction.test.ts` uses it, to prove the new mappers
 * build exactly the same objects.
 */
import { attachDefects, Defects, type FieldDefects } from '../../src/kit/defects';
import type { FieldsOf } from '../../src/kit/build';
import { isJsonObject, type JsonObject } from '../../src/kit/json';
import type { Tolerant } from '../../src/kit/tolerant';
import { mapValue } from '../../src/kit/wire';
import { formatGlobalId, formatPartId } from '../../src/ids/global-id';
import { Channel, ConversationStatus, ParticipantRole } from '../../src/schema/enums';
import type { LinkRef } from '../../src/providers/helpscout/api/keys';
import { HelpScoutConversation } from '../../src/providers/helpscout/graphql/conversation.type';
import { HelpScoutCustomField, HelpScoutLink, HelpScoutNextEvent, HelpScoutSnooze, HelpScoutTag, HelpScoutWaitingSince } from '../../src/providers/helpscout/graphql/parts.type';
import { HelpScoutCustomer, HelpScoutUser } from '../../src/providers/helpscout/graphql/participant.type';
import { HELP_SCOUT } from '../../src/providers/helpscout/identity';
import type { MapContext } from '../../src/providers/helpscout/mapping/conversation.mapper';
import { halLink, linkRef } from '../../src/providers/helpscout/mapping/link.mapper';
import type { PersonLinks, PersonPart } from '../../src/providers/helpscout/mapping/person.mapper';
import { mapSource } from '../../src/providers/helpscout/mapping/thread.mapper';
import type { WireConversation } from '../../src/providers/helpscout/wire/conversation.wire';
import { linkHref, type WireLinks } from '../../src/providers/helpscout/wire/hal.wire';
import type { WirePerson } from '../../src/providers/helpscout/wire/person.wire';

function buildBefore<T extends object>(type: new () => T, fields: FieldsOf<T>, defects?: FieldDefects): T {
  return attachDefects(Object.assign(new type(), fields), defects);
}

/** Person `type` → role. v2 reports system users as `user`; v3's `system_user` is kept for safety. */
const ROLES: Readonly<Record<string, ParticipantRole>> = {
  customer: ParticipantRole.CUSTOMER,
  user: ParticipantRole.AGENT,
  team: ParticipantRole.AGENT,
  system_user: ParticipantRole.BOT,
};

/** Fields of a summary computed from more than one key, or from a key of another name. */
const SUMMARY_SOURCES = { displayName: ['first', 'last'], avatarUrl: ['photoUrl'] } as const;

const NO_PART: PersonPart = { raw: null, defects: Defects.none };

export function displayNameBefore(first: string | null | undefined, last: string | null | undefined): string | null {
  const name = [first, last].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' ');
  return name === '' ? null : name;
}

/** What every person gives, customer or user. Summaries carry no phone (only the full record has one). */
function personFields(person: WirePerson, raw: JsonObject | null, phone: string | null) {
  return {
    provider: HELP_SCOUT.name,
    nativeId: String(person.id),
    displayName: displayNameBefore(person.first, person.last),
    email: person.email ?? null,
    phone,
    avatarUrl: person.photoUrl ?? null,
    raw,
    type: person.type ?? null,
    first: person.first ?? null,
    last: person.last ?? null,
    photoUrl: person.photoUrl ?? null,
  };
}

type Reading = { part: PersonPart; phone: string | null; sources: Readonly<Record<string, readonly string[]>> };

function customer(person: WirePerson, links: PersonLinks, { part, phone, sources }: Reading): HelpScoutCustomer {
  const id = String(person.id);
  return buildBefore(
    HelpScoutCustomer,
    {
      ...personFields(person, part.raw, phone),
      id: formatGlobalId(HELP_SCOUT.slug, id, 'customer'),
      role: ParticipantRole.CUSTOMER,
      profileLink: linkRef('customer', links.rel ?? null, id),
      follow: links.follow,
    },
    part.defects.forFields(sources),
  );
}

function user(person: WirePerson, links: PersonLinks, { part, phone, sources }: Reading): HelpScoutUser {
  const id = String(person.id);
  const isTeam = person.type === 'team';
  return buildBefore(
    HelpScoutUser,
    {
      ...personFields(person, part.raw, phone),
      id: formatGlobalId(HELP_SCOUT.slug, id, isTeam ? 'team' : 'user'),
      role: mapValue(person.type ?? 'user', ROLES, ParticipantRole.UNKNOWN),
      // A team has no user record to read.
      profileLink: isTeam ? null : linkRef('user', links.rel ?? null, id),
      follow: links.follow,
    },
    part.defects.forFields(sources),
  );
}

export function mapCustomerSummaryBefore(person: WirePerson, links: PersonLinks, part: PersonPart = NO_PART): HelpScoutCustomer {
  return customer(person, links, { part, phone: null, sources: SUMMARY_SOURCES });
}

export function mapUserSummaryBefore(person: WirePerson, links: PersonLinks, part: PersonPart = NO_PART): HelpScoutUser {
  return user(person, links, { part, phone: null, sources: SUMMARY_SOURCES });
}

/** A person whose kind the payload states in `type` (`createdBy`): customers vs users and teams. */
export function mapPersonBefore(person: WirePerson, links: PersonLinks, part: PersonPart = NO_PART): HelpScoutCustomer | HelpScoutUser {
  return person.type === 'customer' ? mapCustomerSummaryBefore(person, links, part) : mapUserSummaryBefore(person, links, part);
}

/** Every HAL link of a payload as sent, one entry per href. */
function mapLinksBefore(links: WireLinks | null | undefined): HelpScoutLink[] {
  return Object.entries(links ?? {}).flatMap(([rel, link]) =>
    (Array.isArray(link) ? link : [link]).map((one) => buildBefore(HelpScoutLink, { rel, href: one.href })),
  );
}

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
    primaryCustomer: wire.primaryCustomer ? mapCustomerSummaryBefore(wire.primaryCustomer, rel('primaryCustomer'), part('primaryCustomer')) : null,
    createdBy: wire.createdBy ? mapPersonBefore(wire.createdBy, rel(createdByRel), part('createdBy')) : null,
    assigneeUser: wire.assignee ? mapUserSummaryBefore(wire.assignee, rel('assignee'), part('assignee')) : null,
    closedByUser: wire.closedByUser ? mapUserSummaryBefore(wire.closedByUser, rel('closedBy'), part('closedByUser')) : null,
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
      buildBefore(HelpScoutTag, { id: formatPartId(id, 'tag', t.id), tagId: t.id, color: t.color ?? null, tag: t.tag ?? null }, defects.under('tags', i).forFields()),
    ),
    customFields: (wire.customFields ?? []).map((f, i) =>
      buildBefore(
        HelpScoutCustomField,
        { id: formatPartId(id, 'customField', f.id), fieldId: f.id, name: f.name ?? null, value: rendered(f.value), rawValue: f.value ?? null, text: rendered(f.text) },
        defects.under('customFields', i).forFields({ rawValue: ['value'] }),
      ),
    ),
    customerWaitingSince: waiting
      ? buildBefore(HelpScoutWaitingSince, { time: waiting.time ?? null, friendly: waiting.friendly ?? null }, own('customerWaitingSince'))
      : null,
    snooze: snooze
      ? buildBefore(
          HelpScoutSnooze,
          { snoozedBy: snooze.snoozedBy ?? null, snoozedUntil: snooze.snoozedUntil ?? null, unsnoozeOnCustomerReply: snooze.unsnoozeOnCustomerReply ?? null },
          own('snooze'),
        )
      : null,
    nextEvent: nextEvent
      ? buildBefore(
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
export function mapConversationBefore(read: Tolerant<WireConversation>, ctx: MapContext): HelpScoutConversation {
  const { wire, raw, defects } = read;
  const nativeId = String(wire.id);
  const id = formatGlobalId(HELP_SCOUT.slug, nativeId);
  const links = wire._links;
  return buildBefore(
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
      links: mapLinksBefore(links),
      ...parts(read, id),
      ...persons(read, ctx),
      embeddedThreads: completeThreads(wire),
      threadsLink: linkRef('threads', halLink(links, 'threads', ctx.responseUrl), nativeId),
      mailboxLink: mailboxLink(wire, ctx),
      follow: ctx.follow,
    },
    defects.forFields(SOURCES, NESTED),
  );
}
