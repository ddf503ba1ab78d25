import { ErrorCode } from '../../../errors/error-codes';
import { badResponse, isParleyError } from '../../../errors/parley-error';
import type { UpstreamResponse } from '../../../http/http-client';
import type { LinkIO } from '../../../kit/link-io';
import type { LayerConversation } from '../graphql/conversation.type';
import type { LayerScope } from '../graphql/links';
import type { LayerMessage } from '../graphql/message.type';
import type { LayerIdentity } from '../graphql/participant.type';
import { LAYER } from '../identity';
import { mapLayerConversation } from '../mapping/conversation.mapper';
import { mapLayerMessage } from '../mapping/message.mapper';
import { mapLayerIdentity } from '../mapping/participant.mapper';
import { parseLayerConversation } from '../wire/conversation.wire';
import { parseLayerIdentity } from '../wire/identity.wire';
import { parseLayerMessage } from '../wire/message.wire';
import { conversationUuidOf, messageUuidOf, type LayerSettings } from './keys';
import { conversationPath, identityPath, messagePath } from './paths';

// Reading one Layer resource through the request's loader: the client's fetches and the
// classes' links both come here, so a resource read twice in one operation costs one request.

/**
 * GETs a resource in the user perspective when LAYER_USER_ID is set, falling back once to the
 * system perspective on 404 (documented: the system perspective can read conversations the user
 * is not in). A 410 or any other error is final.
 */
export async function getInPerspective(
  io: LinkIO,
  settings: LayerSettings,
  path: (user: string | null) => string,
): Promise<{ response: UpstreamResponse; perspective: string | null }> {
  const user = settings.userId;
  if (user === null) return { response: await io.get(path(null)), perspective: null };
  try {
    return { response: await io.get(path(user)), perspective: user };
  } catch (error) {
    if (!isParleyError(error) || error.code !== ErrorCode.NOT_FOUND) throw error;
    return { response: await io.get(path(null)), perspective: null };
  }
}

/** An answer for one id that carries another is not the object asked for: PROVIDER_BAD_RESPONSE naming both. */
function checkIdentity(what: string, asked: string, got: string, sent: string): void {
  if (got !== asked) throw badResponse(LAYER.slug, `asked for ${what} ${asked}, got ${sent}`);
}

/** One conversation by canonical key, in the perspective it can be read in. */
export async function readConversation(io: LinkIO, scope: LayerScope, key: string): Promise<LayerConversation> {
  const { response, perspective } = await getInPerspective(io, scope, (user) => conversationPath(scope, key, user));
  const parsed = parseLayerConversation(response.body);
  checkIdentity('conversation', key, conversationUuidOf(parsed.wire.id), parsed.wire.id);
  return mapLayerConversation(parsed, scope, perspective);
}

/** One message by its conversation's and its own lower-case UUIDs. */
export async function readMessage(io: LinkIO, scope: LayerScope, conversationKey: string, messageKey: string): Promise<LayerMessage> {
  const { response, perspective } = await getInPerspective(io, scope, (user) => messagePath(scope, conversationKey, messageKey, user));
  const parsed = parseLayerMessage(response.body);
  checkIdentity('message', messageKey, messageUuidOf(parsed.wire.id), parsed.wire.id);
  // A message alone does not list participants; its recipient states name all of them.
  const inConversation = perspective !== null && perspective in (parsed.wire.recipient_status ?? {});
  return mapLayerMessage(parsed, scope, inConversation ? perspective : null, conversationKey);
}

export interface IdentityOptions {
  /** Fetch the identity; when false, only the user id is known (no field that needs more is selected). */
  full: boolean;
  /** A user without identity (404) becomes an id-only participant instead of an error. */
  tolerateMissing?: boolean;
}

/** One user's identity, fetched once per operation and only when a field needs it. */
export async function readIdentity(io: LinkIO, settings: LayerSettings, userId: string, options: IdentityOptions): Promise<LayerIdentity> {
  if (!options.full) return mapLayerIdentity(userId, null);
  try {
    const response = await io.get(identityPath(settings, userId));
    const parsed = parseLayerIdentity(response.body);
    checkIdentity('identity', userId, parsed.wire.user_id, parsed.wire.user_id);
    return mapLayerIdentity(userId, parsed);
  } catch (error) {
    // Layer apps create identities on their own schedule: a participant may have none yet.
    if (options.tolerateMissing && isParleyError(error) && error.code === ErrorCode.NOT_FOUND) return mapLayerIdentity(userId, null);
    throw error;
  }
}
