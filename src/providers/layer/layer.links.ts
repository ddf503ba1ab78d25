import type { Context } from '../../context';
import { ErrorCode } from '../../errors/error-codes';
import { isParleyError } from '../../errors/parley-error';
import type { CommonConversation } from '../../schema/conversation.interface';
import type { ProviderIO } from '../adapter';
import type { JsonObject } from '../shared/json';
import { identityPath } from './layer.client';
import { LAYER_SLUG, type LayerSettings } from './layer.config';
import { mapLayerIdentity, mapLayerSystemSender } from './layer.mapper';
import { IDENTITY_PROFILE_FIELDS, type LayerIdentity, type LayerSystemSender } from './layer-participant.type';
import { parseLayerIdentity, type LayerSenderWire } from './layer.wire';

// How the lazy fields of Layer types reach the upstream: always through the request's loaders.

/** The Layer IO of the current operation (one resource loader per operation). */
export function layerIO(ctx: Context): ProviderIO {
  return ctx.loaders.io(ctx.gateway.get(LAYER_SLUG));
}

/** A conversation through the operation's conversation loader, so it is fetched once at most. */
export function loadConversationByKey(ctx: Context, key: string): Promise<CommonConversation> {
  return ctx.loaders.conversation.load(`${LAYER_SLUG}:${key}`);
}

/** The field whose resolver asks for participants: `LayerConversation.participants`, `LayerMessage.sender`… */
export type ParticipantField = readonly [typeName: string, field: string];

/**
 * True when the operation reads anything of a participant beyond its id. Without lookahead (the
 * benchmark's naive policy) the answer must be yes: a missing profile would be wrong data, not
 * waste. `via` is the field being resolved, kept for the call sites' readability.
 */
export function needsIdentityProfile(io: ProviderIO, _via: ParticipantField): boolean {
  if (!io.lookahead) return true;
  return IDENTITY_PROFILE_FIELDS.some((field) => io.selects('LayerIdentity', field));
}

export interface IdentityOptions {
  /** Fetch the identity; when false, only the user id is known (no field that needs more is selected). */
  full: boolean;
  /** A user without identity (404) becomes an id-only participant instead of an error. */
  tolerateMissing?: boolean;
}

/** One user's identity, fetched once per operation and only when a field needs it. */
export async function loadIdentity(io: ProviderIO, settings: LayerSettings, userId: string, options: IdentityOptions): Promise<LayerIdentity> {
  if (!options.full) return mapLayerIdentity(userId, null);
  try {
    const response = await io.get(identityPath(settings, userId));
    return mapLayerIdentity(userId, parseLayerIdentity(response.body));
  } catch (error) {
    // Layer apps create identities on their own schedule: a participant may have none yet.
    if (options.tolerateMissing && isParleyError(error) && error.code === ErrorCode.NOT_FOUND) return mapLayerIdentity(userId, null);
    throw error;
  }
}

/** Identities of the given users, each once, in first-seen order. */
export function loadParticipants(
  ctx: Context,
  settings: LayerSettings,
  userIds: readonly string[],
  via: ParticipantField,
): Promise<LayerIdentity[]> {
  const io = layerIO(ctx);
  const full = needsIdentityProfile(io, via);
  return Promise.all([...new Set(userIds)].map((userId) => loadIdentity(io, settings, userId, { full, tolerateMissing: true })));
}

/** A message sender: a system sender needs no request; a user is their identity. */
export function loadParticipant(
  ctx: Context,
  settings: LayerSettings,
  sender: LayerSenderWire,
  raw: JsonObject | null,
): Promise<LayerIdentity | LayerSystemSender> {
  if (sender.user_id === null) return Promise.resolve(mapLayerSystemSender(sender, raw));
  const io = layerIO(ctx);
  return loadIdentity(io, settings, sender.user_id, { full: needsIdentityProfile(io, ['LayerMessage', 'sender']), tolerateMissing: true });
}
