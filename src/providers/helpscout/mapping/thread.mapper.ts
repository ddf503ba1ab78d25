import { build } from '../../../kit/build';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import { mapValue } from '../../../kit/wire';
import { formatGlobalId } from '../../../ids/global-id';
import { DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import type { Participant } from '../../../schema/participant.interface';
import type { HelpScoutLinks } from '../graphql/links';
import { HelpScoutAttachment, HelpScoutSource, HelpScoutThreadAction } from '../graphql/parts.type';
import { HelpScoutThread } from '../graphql/thread.type';
import { HELP_SCOUT } from '../identity';
import type { WirePerson } from '../wire/person.wire';
import type { WireThread } from '../wire/thread.wire';
import { mapLinks } from './link.mapper';
import { mapCustomerSummary, mapEmailAddress, mapPerson, mapUserSummary, type PersonLinks } from './person.mapper';

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

export function threadShape(type: string, author: WirePerson | null | undefined): { kind: MessageKind; direction: MessageDirection } {
  const shape = mapValue<Shape>(type, SHAPES, { kind: MessageKind.MESSAGE, direction: MessageDirection.UNKNOWN });
  const direction =
    shape.direction === 'BY_AUTHOR' ? mapValue(author?.type, AUTHOR_DIRECTIONS, MessageDirection.UNKNOWN) : shape.direction;
  return { kind: shape.kind, direction };
}

function deliveryStatus(direction: MessageDirection, openedAt: string | null | undefined): DeliveryStatus {
  if (direction === MessageDirection.INBOUND) return DeliveryStatus.RECEIVED;
  return openedAt ? DeliveryStatus.READ : DeliveryStatus.UNKNOWN;
}

export function mapSource(source: WireThread['source']): HelpScoutSource | null {
  return source ? build(HelpScoutSource, { type: source.type ?? null, via: source.via ?? null }) : null;
}

function mapAction(action: WireThread['action']): HelpScoutThreadAction | null {
  return action
    ? build(HelpScoutThreadAction, { type: action.type ?? null, text: action.text ?? null, associatedEntities: action.associatedEntities ?? null })
    : null;
}

type WireAttachment = NonNullable<NonNullable<NonNullable<WireThread['_embedded']>['attachments']>[number]>;

function mapAttachment(a: WireAttachment): HelpScoutAttachment {
  return build(HelpScoutAttachment, {
    id: a.id, filename: a.filename ?? null, mimeType: a.mimeType ?? null, size: a.size ?? null, width: a.width ?? null, height: a.height ?? null,
  });
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

/** Thread wire object → HelpScoutThread (pure). Persons' records are found by their documented paths. */
export function mapThread(wire: WireThread, raw: JsonObject, conversationId: string, follow: HelpScoutLinks): HelpScoutThread {
  const links: PersonLinks = { follow };
  const { kind, direction } = threadShape(wire.type, wire.createdBy);
  const customer = wire.customer ? mapCustomerSummary(wire.customer, links, child(raw, 'customer')) : null;
  const action = wire.action;
  return build(HelpScoutThread, {
    id: formatGlobalId(HELP_SCOUT.slug, `${conversationId}/${wire.id}`, 'thread'),
    provider: HELP_SCOUT.name,
    nativeId: String(wire.id),
    kind,
    direction,
    html: wire.body ?? null,
    text: wire.body ? htmlToText(wire.body) : (action?.text ?? null),
    createdAt: wire.createdAt ?? null,
    deliveryStatus: deliveryStatus(direction, wire.openedAt),
    rawDeliveryStatus: null,
    attachmentCount: wire._embedded?.attachments ? wire._embedded.attachments.length : null,
    raw,
    conversationId,
    type: wire.type,
    status: wire.status ?? null,
    state: wire.state ?? null,
    action: mapAction(action),
    source: mapSource(wire.source),
    customer,
    createdBy: wire.createdBy ? mapPerson(wire.createdBy, links, child(raw, 'createdBy')) : null,
    assignedTo: wire.assignedTo ? mapUserSummary(wire.assignedTo, links, child(raw, 'assignedTo')) : null,
    savedReplyId: wire.savedReplyId ?? null,
    to: wire.to ?? [],
    cc: wire.cc ?? [],
    bcc: wire.bcc ?? [],
    openedAt: wire.openedAt ?? null,
    attachments: (wire._embedded?.attachments ?? []).map(mapAttachment),
    links: mapLinks(wire._links),
    recipientList: recipients(wire, direction, customer),
  });
}
