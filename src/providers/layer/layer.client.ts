import type { UpstreamResponse, HttpClient } from '../../http/http-client';
import { ErrorCode } from '../../errors/error-codes';
import { badResponse, badUserInput, isParleyError } from '../../errors/parley-error';
import type { CommonConversation } from '../../schema/conversation.interface';
import type { Node } from '../../schema/node.interface';
import type { PageRequest, PageResult } from '../../schema/paging';
import type { ProviderClient, ProviderIO } from '../adapter';
import { LAYER_SLUG, UUID_PATTERN, USER_ID_PATTERN, type LayerSettings } from './layer.config';
import { listLayerConversations } from './layer.listing';
import { mapLayerConversation, mapLayerMessage, mapLayerSystemSender } from './layer.mapper';
import { loadIdentity } from './layer.links';
import { conversationUuidOf, parseLayerConversation, parseLayerMessage } from './layer.wire';

// Every Layer path is built here, from validated keys, each segment URL-encoded.
const seg = encodeURIComponent;
const appPath = (settings: LayerSettings): string => `apps/${seg(settings.appId)}`;
const scope = (settings: LayerSettings, user: string | null): string =>
  user === null ? appPath(settings) : `${appPath(settings)}/users/${seg(user)}`;

export const conversationPath = (settings: LayerSettings, key: string, user: string | null): string =>
  `${scope(settings, user)}/conversations/${seg(key)}`;
export const messagePath = (settings: LayerSettings, conversationKey: string, messageKey: string, user: string | null): string =>
  `${conversationPath(settings, conversationKey, user)}/messages/${seg(messageKey)}`;
export const conversationListPath = (settings: LayerSettings, user: string): string => `${scope(settings, user)}/conversations`;
export const identityPath = (settings: LayerSettings, userId: string): string => `${scope(settings, userId)}/identity`;

const CONVERSATION_URI_KEY = /^\/\/\/conversations\/([^/]+)$/;

/**
 * `layer:<uuid>` or the Layer URI form `layer:///conversations/<uuid>` (the global-id parser
 * hands over `///conversations/<uuid>`). Canonical key: the lower-case UUID.
 */
export function parseLayerKey(key: string): string {
  const uuid = CONVERSATION_URI_KEY.exec(key)?.[1] ?? key;
  if (!UUID_PATTERN.test(uuid)) {
    throw badUserInput(`Layer conversation key "${preview(key)}" is not a UUID or a layer:///conversations/<uuid> URI`, LAYER_SLUG);
  }
  return uuid.toLowerCase();
}

function preview(key: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = key.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 60 ? `${printable.slice(0, 57)}...` : printable;
}

/**
 * GETs a resource in the user perspective when LAYER_USER_ID is set, falling back once to the
 * system perspective on 404 (documented: the system perspective can read conversations the user
 * is not in). A 410 or any other error is final.
 */
export async function getInPerspective(
  io: ProviderIO,
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

function parseUserKey(key: string): string {
  let userId: string;
  try {
    userId = decodeURIComponent(key);
  } catch {
    throw badUserInput(`Layer identity key "${preview(key)}" is not URL-encoded correctly`, LAYER_SLUG);
  }
  if (!USER_ID_PATTERN.test(userId)) throw badUserInput(`Layer identity key "${preview(key)}" is not a Layer user id`, LAYER_SLUG);
  return userId;
}

function parseMessageKey(key: string): [string, string] {
  const [conversation = '', message = '', ...rest] = key.split('/');
  if (rest.length > 0 || !UUID_PATTERN.test(conversation) || !UUID_PATTERN.test(message)) {
    throw badUserInput(`Layer message key "${preview(key)}" must be <conversation uuid>/<message uuid>`, LAYER_SLUG);
  }
  return [conversation.toLowerCase(), message.toLowerCase()];
}

/** The Layer `ProviderClient`: keys, conversation and node fetches, listing in the user perspective. */
export class LayerClient implements ProviderClient {
  constructor(
    readonly http: HttpClient,
    readonly settings: LayerSettings,
  ) {}

  parseKey(key: string): string {
    return parseLayerKey(key);
  }

  async fetchConversation(key: string, io: ProviderIO): Promise<CommonConversation> {
    const { response, perspective } = await getInPerspective(io, this.settings, (user) => conversationPath(this.settings, key, user));
    const parsed = parseLayerConversation(response.body);
    if (conversationUuidOf(parsed.wire.id) !== key) {
      throw badResponse(LAYER_SLUG, `asked for conversation ${key}, got ${parsed.wire.id}`);
    }
    return mapLayerConversation(parsed, this.settings, perspective);
  }

  get canList(): boolean {
    return this.settings.userId !== null;
  }

  listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<CommonConversation>> {
    return listLayerConversations(io, this.settings, request);
  }

  async fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    switch (kind) {
      case 'identity':
        return loadIdentity(io, this.settings, parseUserKey(key), { full: true });
      case 'system':
        return mapLayerSystemSender({ user_id: null, name: parseSystemName(key) }, null);
      case 'message':
        return this.fetchMessage(...parseMessageKey(key), io);
      default:
        throw badUserInput(`Layer has no node of kind "${preview(kind)}" (message, identity, system)`, LAYER_SLUG);
    }
  }

  private async fetchMessage(conversationKey: string, messageKey: string, io: ProviderIO): Promise<Node> {
    const { response, perspective } = await getInPerspective(io, this.settings, (user) =>
      messagePath(this.settings, conversationKey, messageKey, user),
    );
    const parsed = parseLayerMessage(response.body);
    // A message alone does not list participants; its recipient states name all of them.
    const inConversation = perspective !== null && perspective in parsed.wire.recipient_status;
    return mapLayerMessage(parsed, this.settings, inConversation ? perspective : null);
  }
}

function parseSystemName(key: string): string {
  try {
    const name = decodeURIComponent(key);
    // eslint-disable-next-line no-control-regex
    if (name.length > 0 && name.length <= 100 && !/[\u0000-\u001f\u007f]/.test(name)) return name;
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`Layer system sender key "${preview(key)}" is not a sender name`, LAYER_SLUG);
}
