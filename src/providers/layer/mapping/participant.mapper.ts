import { build } from '../../../kit/build';
import type { JsonObject } from '../../../kit/json';
import type { Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import { formatGlobalId } from '../../../ids/global-id';
import { ParticipantRole } from '../../../schema/enums';
import { identityNodeKey, systemNodeKey } from '../api/keys';
import { LayerIdentity, LayerSystemSender } from '../graphql/participant.type';
import { LAYER } from '../identity';
import type { LayerIdentityWire } from '../wire/identity.wire';

// Whether a Layer user is a customer or an agent is app-defined; only bots are known.
const ROLE: Readonly<Record<string, ParticipantRole>> = { bot: ParticipantRole.BOT, user: ParticipantRole.UNKNOWN };

/** An identity; `parsed` null when Layer has none for the user or the operation needs no profile. */
export function mapLayerIdentity(userId: string, parsed: Tolerant<LayerIdentityWire> | null): LayerIdentity {
  const wire = parsed?.wire;
  return build(LayerIdentity, {
    id: formatGlobalId(LAYER.slug, identityNodeKey(userId), 'identity'),
    provider: LAYER.name,
    nativeId: userId,
    role: mapValue(wire?.identity_type, ROLE, ParticipantRole.UNKNOWN),
    displayName: wire?.display_name ?? null,
    email: wire?.email_address ?? null,
    phone: wire?.phone_number ?? null,
    avatarUrl: wire?.avatar_url ?? null,
    raw: parsed?.raw ?? null,
    userId,
    hasIdentity: parsed !== null,
    layerUri: wire?.id ?? null,
    url: wire?.url ?? null,
    firstName: wire?.first_name ?? null,
    lastName: wire?.last_name ?? null,
    identityType: wire?.identity_type ?? null,
    publicKey: wire?.public_key ?? null,
    metadata: wire?.metadata ?? null,
  }, parsed?.defects.forFields(IDENTITY_SOURCES));
}

/** Identity fields read from keys of other names (`role` is never one: an unreadable type is UNKNOWN). */
const IDENTITY_SOURCES = {
  displayName: ['display_name'], email: ['email_address'], phone: ['phone_number'], avatarUrl: ['avatar_url'], layerUri: ['id'],
  firstName: ['first_name'], lastName: ['last_name'], identityType: ['identity_type'], publicKey: ['public_key'],
} as const;

/** The sender of a system message (`{user_id: null, name}`): known from the message alone. */
export function mapLayerSystemSender(name: string | null, raw: JsonObject | null): LayerSystemSender {
  return build(LayerSystemSender, {
    id: formatGlobalId(LAYER.slug, systemNodeKey(name), 'system'),
    provider: LAYER.name,
    nativeId: name ?? 'system',
    role: ParticipantRole.SYSTEM,
    displayName: name,
    email: null,
    phone: null,
    avatarUrl: null,
    raw,
    name,
  });
}
