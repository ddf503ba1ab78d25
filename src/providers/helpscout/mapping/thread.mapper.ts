import { build } from '../../../kit/build';
import type { Defects } from '../../../kit/defects';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import type { Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import { formatGlobalId, formatPartId } from '../../../ids/global-id';
import { DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import type { Participant } from '../../../schema/participant.interface';
import type { HelpScoutLinks } from '../graphql/links';
import { HelpScoutAttachment, HelpScoutSource, HelpScoutThreadAction } from '../graphql/parts.type';
import { HelpScoutThread } from '../graphql/thread.type';
import { HELP_SCOUT } from '../identity';
import type { WirePerson } from '../wire/person.wire';
import type { WireThread } from '../wire/thread.wire';
import { withInner } from './defects.mapper';
import { mapLinks } from './link.mapper';
import { mapCustomerSummary, mapEmailAddress, mapPerson, mapUserSummary, type PersonLinks, type PersonPart } from './person.mapper';

type Shape = { kind: MessageKind; direction: MessageDirection | 'BY_AUTHOR' };

/** Thread `type` → kind and direction (providers.md C.3); chat and phone go both ways, so the author decides. */
const SHAPES: Readonly<Record<string, Shape>> = {
  customer: { kind: MessageKind.MESSAGE, direction: MessageDirection.INBOUND },
  message: { kind: MessageKind.MESSAGE, direction: MessageDirection.OUTBOUND },
  reply: { kind: MessageKind.MESSAGE, direction: MessageDirection.OUTBOUND },
  forwardparent: { kind: MessageKind.MESSAGE, direction: MessageDirection.OUTBOUND },
  forwardchild: { kind: MessageKind.MESSAGE, direction: MessageDirection.OUTBOUND },
  note: { kind: MessageKind.NOTE, direction: MessageDirection.INTERNAL },
  lineitem: { kind: MessageKind.EVENT, direction: MessageDirection.SYSTEM },
  chat: { kind: MessageKind.MESSAGE, direction: 'BY_AUTHOR' },
  phone: { kind: MessageKind.MESSAGE, direction: 'BY_AUTHOR' },
  beaconchat: { kind: MessageKind.MESSAGE, direction: 'BY_AUTHOR' },
};

const AUTHOR_DIRECTIONS: Readonly<Record<string, MessageDirection>> = {
  customer: MessageDirection.INBOUND,
  user: MessageDirection.OUTBOUND,
  team: MessageDirection.OUTBOUND,
};

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of a thread body (HTML): block ends become line breaks, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|tr)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return ENTITIES[code.toLowerCase()] ?? entity;
    })
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function threadShape(type: string | null, author: WirePerson | null | undefined): { kind: MessageKind; direction: MessageDirection } {
  const shape = mapValue<Shape>(type, SHAPES, { kind: MessageKind.MESSAGE, direction: MessageDirection.UNKNOWN });
  const direction =
    shape.direction === 'BY_AUTHOR' ? mapValue(author?.type, AUTHOR_DIRECTIONS, MessageDirection.UNKNOWN) : shape.direction;
  return { kind: shape.kind, direction };
}

function deliveryStatus(direction: MessageDirection, openedAt: string | null | undefined): DeliveryStatus {
  if (direction === MessageDirection.INBOUND) return DeliveryStatus.RECEIVED;
  return openedAt ? DeliveryStatus.READ : DeliveryStatus.UNKNOWN;
}

export function mapSource(source: WireThread['source'], defects: Defects): HelpScoutSource | null {
  return source ? build(HelpScoutSource, { type: source.type ?? null, via: source.via ?? null }, defects.forFields()) : null;
}

function mapAction(action: WireThread['action'], defects: Defects): HelpScoutThreadAction | null {
  if (!action) return null;
  return build(
    HelpScoutThreadAction,
    { type: action.type ?? null, text: action.text ?? null, associatedEntities: action.associatedEntities ?? null },
    defects.forFields(),
  );
}

type WireAttachment = NonNullable<NonNullable<NonNullable<WireThread['_embedded']>['attachments']>[number]>;

/** An attachment of thread `threadId` (a global id): Help Scout's id is kept as `attachmentId`. */
function mapAttachment(a: WireAttachment, threadId: string, defects: Defects): HelpScoutAttachment {
  return build(
    HelpScoutAttachment,
    { id: formatPartId(threadId, 'attachment', a.id), attachmentId: a.id, filename: a.filename ?? null, mimeType: a.mimeType ?? null, size: a.size ?? null, width: a.width ?? null, height: a.height ?? null },
    defects.forFields(),
  );
}

const child = (raw: JsonObject, key: string): JsonObject | null => {
  const value = raw[key];
  return isJsonObject(value) ? value : null;
};

/** Outbound threads go to their customer; every listed address not already a participant is added. */
function recipients(wire: WireThread, direction: MessageDirection, customer: Participant | null): Participant[] {
  if (direction === MessageDirection.INTERNAL || direction === MessageDirection.SYSTEM) return [];
  const list: Participant[] = direction === MessageDirection.OUTBOUND && customer ? [customer] : [];
  const seen = new Set(list.map((p) => p.email?.toLowerCase()));
  for (const address of [...(wire.to ?? []), ...(wire.cc ?? []), ...(wire.bcc ?? [])]) {
    if (seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    list.push(mapEmailAddress(address));
  }
  return list;
}

/**
 * Fields computed from keys of other names. `kind`, `direction`, `deliveryStatus` and
 * `recipients` are non-null in the shared interface: they fall back (UNKNOWN, fewer recipients)
 * instead of failing; the keys behind them report on their own fields (`type`, `openedAt`, `to`…).
 */
const SOURCES = {
  html: ['body'], text: ['body'], sender: ['createdBy'], attachments: ['_embedded'], attachmentCount: ['_embedded'], links: ['_links'],
} as const;
const NESTED = ['action', 'source', 'customer', 'createdBy', 'assignedTo', '_embedded'] as const;

/** Thread read tolerantly → HelpScoutThread (pure). Persons' records are found by their documented paths. */
export function mapThread(read: Tolerant<WireThread>, conversationId: string, follow: HelpScoutLinks): HelpScoutThread {
  const { wire, raw, defects } = read;
  const links: PersonLinks = { follow };
  const person = (key: string): PersonPart => ({ raw: child(raw, key), defects: defects.under(key) });
  const { kind, direction } = threadShape(wire.type ?? null, wire.createdBy);
  const customer = wire.customer ? mapCustomerSummary(wire.customer, links, person('customer')) : null;
  const action = wire.action;
  const attachments = wire._embedded?.attachments ?? [];
  // Attachments live under `_embedded`: losing one (or the list) is reported on `attachments` and `attachmentCount`.
  const embedded = defects.under('_embedded').forFields({ attachmentCount: ['attachments'] }, ['attachments']);
  const id = formatGlobalId(HELP_SCOUT.slug, `${conversationId}/${wire.id}`, 'thread');
  return build(
    HelpScoutThread,
    {
      id,
      provider: HELP_SCOUT.name,
      nativeId: String(wire.id),
      kind,
      direction,
      html: wire.body ?? null,
      text: wire.body ? htmlToText(wire.body) : (action?.text ?? null),
      createdAt: wire.createdAt ?? null,
      deliveryStatus: deliveryStatus(direction, wire.openedAt),
      rawDeliveryStatus: null,
      attachmentCount: wire._embedded?.attachments ? attachments.length : null,
      raw,
      conversationId,
      type: wire.type ?? null,
      status: wire.status ?? null,
      state: wire.state ?? null,
      action: mapAction(action, defects.under('action')),
      source: mapSource(wire.source, defects.under('source')),
      customer,
      createdBy: wire.createdBy ? mapPerson(wire.createdBy, links, person('createdBy')) : null,
      assignedTo: wire.assignedTo ? mapUserSummary(wire.assignedTo, links, person('assignedTo')) : null,
      savedReplyId: wire.savedReplyId ?? null,
      to: wire.to ?? [],
      cc: wire.cc ?? [],
      bcc: wire.bcc ?? [],
      openedAt: wire.openedAt ?? null,
      attachments: attachments.map((a, i) => mapAttachment(a, id, defects.under('_embedded', 'attachments', i))),
      links: mapLinks(wire._links),
      recipientList: recipients(wire, direction, customer),
    },
    withInner(defects.forFields(SOURCES, NESTED), embedded),
  );
}
