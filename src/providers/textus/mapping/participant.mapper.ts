import { build } from '../../../kit/build';
import { Defects } from '../../../kit/defects';
import type { Tolerant } from '../../../kit/tolerant';
import type { Parsed } from '../../../kit/wire';
import { ParticipantRole } from '../../../schema/enums';
import { TextUsContact, TextUsContactCollection, TextUsUser, TextUsUserCollection } from '../graphql/participant.type';
import { TextUsUserSettings } from '../graphql/parts.type';
import type { TextUsContactCollectionWire, TextUsContactWire, TextUsUserCollectionWire, TextUsUserWire } from '../wire/people.wire';
import { LD_SOURCES, jsonLdOf, nodeOf, objectCollectionOf, phonesOf, viewOf } from './parts.mapper';

/** A Parsed part of a tolerant payload, with the defects of its own scope. */
export type Scoped<T> = Parsed<T> & { defects?: Defects };

const USER_SOURCES = { ...LD_SOURCES, role: ['automatedActor'], displayName: ['name'], avatarUrl: ['avatar'], membershipsPath: ['memberships'] };
const CONTACT_SOURCES = { ...LD_SOURCES, displayName: ['name'], phone: ['phones'], conversationsPath: ['conversations'] };

/** A User: an agent, or a bot when TextUs flags it as an automated actor. */
export function mapUser({ wire, raw, defects = Defects.none }: Scoped<TextUsUserWire> | Tolerant<TextUsUserWire>): TextUsUser {
  const fields = defects.forFields(USER_SOURCES);
  // Fields listed one by one, never spread in (see `build`).
  const node = nodeOf(wire, 'user');
  return build(TextUsUser, {
    id: node.id,
    provider: node.provider,
    nativeId: node.nativeId,
    role: wire.automatedActor === true ? ParticipantRole.BOT : ParticipantRole.AGENT,
    displayName: wire.name ?? null,
    email: wire.email ?? null,
    phone: null,
    avatarUrl: wire.avatar ?? null,
    raw,
    jsonLd: jsonLdOf(wire),
    name: wire.name ?? null,
    firstName: wire.firstName ?? null,
    lastName: wire.lastName ?? null,
    avatar: wire.avatar ?? null,
    automatedActor: wire.automatedActor ?? null,
    hasPassword: wire.hasPassword ?? null,
    discarded: wire.discarded ?? null,
    settings: wire.settings ? build(TextUsUserSettings, { customSettings: wire.settings.customSettings ?? null }) : null,
    membershipsPath: wire.memberships ?? null,
  }, fields);
}

/** A Contact: the customer side. TextUs contacts carry no e-mail [D], so `email` is null. */
export function mapContact({ wire, raw, defects = Defects.none }: Scoped<TextUsContactWire> | Tolerant<TextUsContactWire>): TextUsContact {
  const node = nodeOf(wire, 'contact');
  return build(TextUsContact, {
    id: node.id,
    provider: node.provider,
    nativeId: node.nativeId,
    role: ParticipantRole.CUSTOMER,
    displayName: wire.name ?? null,
    email: null,
    phone: wire.phones?.members?.[0]?.phoneNumber ?? null,
    avatarUrl: null,
    raw,
    jsonLd: jsonLdOf(wire),
    name: wire.name ?? null,
    firstName: wire.firstName ?? null,
    lastName: wire.lastName ?? null,
    phones: phonesOf(wire.phones, defects.under('phones')),
    notes: objectCollectionOf(wire.notes, defects.under('notes')),
    conversationsPath: wire.conversations ?? null,
    data: wire.data ?? null,
    createdAt: wire.createdAt ?? null,
    formattedData: wire.formattedData ?? null,
  }, defects.forFields(CONTACT_SOURCES, ['phones', 'notes']));
}

const COLLECTION_NESTED = ['members', 'view'];

export function mapUserCollection(wire: TextUsUserCollectionWire, defects: Defects = Defects.none): TextUsUserCollection {
  return build(TextUsUserCollection, {
    jsonLd: jsonLdOf(wire),
    totalItems: wire.totalItems ?? null,
    members: (wire.members ?? []).map((member, i) => mapUser({ ...member, defects: defects.under('members', i) })),
    view: viewOf(wire.view, defects.under('view')),
  }, defects.forFields(LD_SOURCES, COLLECTION_NESTED));
}

export function mapContactCollection(wire: TextUsContactCollectionWire, defects: Defects = Defects.none): TextUsContactCollection {
  return build(TextUsContactCollection, {
    jsonLd: jsonLdOf(wire),
    totalItems: wire.totalItems ?? null,
    members: (wire.members ?? []).map((member, i) => mapContact({ ...member, defects: defects.under('members', i) })),
    view: viewOf(wire.view, defects.under('view')),
  }, defects.forFields(LD_SOURCES, COLLECTION_NESTED));
}
