import { build } from '../../../kit/build';
import type { Parsed } from '../../../kit/wire';
import { ParticipantRole } from '../../../schema/enums';
import { TextUsContact, TextUsContactCollection, TextUsUser, TextUsUserCollection } from '../graphql/participant.type';
import { TextUsUserSettings } from '../graphql/parts.type';
import type {
  TextUsContactCollectionWire, TextUsContactWire, TextUsUserCollectionWire, TextUsUserWire,
} from '../wire/people.wire';
import { jsonLdOf, nodeOf, objectCollectionOf, phonesOf, viewOf } from './parts.mapper';

/** A User: an agent, or a bot when TextUs flags it as an automated actor. */
export function mapUser({ wire, raw }: Parsed<TextUsUserWire>): TextUsUser {
  return build(TextUsUser, {
    ...nodeOf(wire, 'user'),
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
  });
}

/** A Contact: the customer side. TextUs contacts carry no e-mail [D], so `email` is null. */
export function mapContact({ wire, raw }: Parsed<TextUsContactWire>): TextUsContact {
  return build(TextUsContact, {
    ...nodeOf(wire, 'contact'),
    role: ParticipantRole.CUSTOMER,
    displayName: wire.name ?? null,
    email: null,
    phone: wire.phones?.members[0]?.phoneNumber ?? null,
    avatarUrl: null,
    raw,
    jsonLd: jsonLdOf(wire),
    name: wire.name ?? null,
    firstName: wire.firstName ?? null,
    lastName: wire.lastName ?? null,
    phones: phonesOf(wire.phones),
    notes: objectCollectionOf(wire.notes),
    conversationsPath: wire.conversations ?? null,
    data: wire.data ?? null,
    createdAt: wire.createdAt ?? null,
    formattedData: wire.formattedData ?? null,
  });
}

export function mapUserCollection(wire: TextUsUserCollectionWire): TextUsUserCollection {
  return build(TextUsUserCollection, {
    jsonLd: jsonLdOf(wire),
    totalItems: wire.totalItems,
    members: wire.members.map(mapUser),
    view: viewOf(wire.view),
  });
}

export function mapContactCollection(wire: TextUsContactCollectionWire): TextUsContactCollection {
  return build(TextUsContactCollection, {
    jsonLd: jsonLdOf(wire),
    totalItems: wire.totalItems,
    members: wire.members.map(mapContact),
    view: viewOf(wire.view),
  });
}
