import { ParticipantRole, Provider } from '../../schema/enums';
import { formatGlobalId } from '../../ids/global-id';
import { TEXTUS, build } from './textus-links';
import { slugOf } from './textus-ld.wire';
import { jsonLdOf, objectCollectionOf, phonesOf, viewOf } from './textus-parts.mapper';
import { TextUsUserSettings } from './textus-parts.type';
import { TextUsContact, TextUsContactCollection, TextUsUser, TextUsUserCollection } from './textus-participant.type';
import type {
  TextUsContactCollectionWire, TextUsContactWire, TextUsUserCollectionWire, TextUsUserWire,
} from './textus-people.wire';
import { type Parsed } from '../shared/wire';

/** A User: an agent, or a bot when TextUs flags it as an automated actor. */
export function mapUser({ wire, raw }: Parsed<TextUsUserWire>): TextUsUser {
  const slug = slugOf(wire.id);
  return build(TextUsUser, {
    id: formatGlobalId(TEXTUS, slug, 'user'),
    provider: Provider.TEXT_US,
    nativeId: slug,
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
  const slug = slugOf(wire.id);
  return build(TextUsContact, {
    id: formatGlobalId(TEXTUS, slug, 'contact'),
    provider: Provider.TEXT_US,
    nativeId: slug,
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
