import { badUserInput } from '../../../errors/parley-error';
import { LAYER } from '../identity';

// Native keys of Layer global ids and the Layer URIs that carry them. Everything here is checked
// before any request, so a malformed id never costs an upstream call.

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const UUID_PATTERN = new RegExp(`^${UUID}$`, 'i');
/**
 * Layer user ids are app-defined strings. Parley accepts the characters that stay one path
 * segment after encoding and that real apps use (digits, names, e-mail addresses).
 */
export const USER_ID_PATTERN = /^(?!\.{1,2}$)[A-Za-z0-9._~@+=:-]{1,200}$/;
export const CONVERSATION_URI = new RegExp(`^layer:///conversations/(${UUID})$`, 'i');
export const MESSAGE_URI = new RegExp(`^layer:///messages/(${UUID})$`, 'i');

/** What every path is scoped to: the app, and the user whose perspective reads take (null: system). */
export interface LayerSettings {
  /** Lower-case app UUID. */
  readonly appId: string;
  /** User perspective for reads, listing and unread counts; null reads in the system perspective. */
  readonly userId: string | null;
}

/** The lower-case UUID of a `layer:///conversations/<uuid>` URI (already validated by the wire schema). */
export function conversationUuidOf(uri: string): string {
  return (CONVERSATION_URI.exec(uri)?.[1] ?? '').toLowerCase();
}

/** The lower-case UUID of a `layer:///messages/<uuid>` URI (already validated by the wire schema). */
export function messageUuidOf(uri: string): string {
  return (MESSAGE_URI.exec(uri)?.[1] ?? '').toLowerCase();
}

/** A key as an error message may quote it: control characters replaced, long keys cut. */
export function preview(key: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = key.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 60 ? `${printable.slice(0, 57)}...` : printable;
}

const CONVERSATION_URI_KEY = /^\/\/\/conversations\/([^/]+)$/;

/**
 * `layer:<uuid>` or the Layer URI form `layer:///conversations/<uuid>` (the global-id parser
 * hands over `///conversations/<uuid>`). Canonical key: the lower-case UUID.
 */
export function parseLayerKey(key: string): string {
  const uuid = CONVERSATION_URI_KEY.exec(key)?.[1] ?? key;
  if (!UUID_PATTERN.test(uuid)) {
    throw badUserInput(`Layer conversation key "${preview(key)}" is not a UUID or a layer:///conversations/<uuid> URI`, LAYER.slug);
  }
  return uuid.toLowerCase();
}

/** `layer:identity:<url-encoded user id>` → the user id. */
export function parseUserKey(key: string): string {
  let userId: string;
  try {
    userId = decodeURIComponent(key);
  } catch {
    throw badUserInput(`Layer identity key "${preview(key)}" is not URL-encoded correctly`, LAYER.slug);
  }
  if (!USER_ID_PATTERN.test(userId)) throw badUserInput(`Layer identity key "${preview(key)}" is not a Layer user id`, LAYER.slug);
  return userId;
}

/** `layer:message:<conversation uuid>/<message uuid>` → both lower-case UUIDs. */
export function parseMessageKey(key: string): [conversation: string, message: string] {
  const [conversation = '', message = '', ...rest] = key.split('/');
  if (rest.length > 0 || !UUID_PATTERN.test(conversation) || !UUID_PATTERN.test(message)) {
    throw badUserInput(`Layer message key "${preview(key)}" must be <conversation uuid>/<message uuid>`, LAYER.slug);
  }
  return [conversation.toLowerCase(), message.toLowerCase()];
}

/** `layer:system:<url-encoded sender name>` → the name. */
export function parseSystemName(key: string): string {
  try {
    const name = decodeURIComponent(key);
    // eslint-disable-next-line no-control-regex
    if (name.length > 0 && name.length <= 100 && !/[\u0000-\u001f\u007f]/.test(name)) return name;
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`Layer system sender key "${preview(key)}" is not a sender name`, LAYER.slug);
}

// A message alone cannot be fetched without its conversation; user ids and names are app-defined, hence encoded.
export const messageNodeKey = (conversationKey: string, messageKey: string): string => `${conversationKey}/${messageKey}`;
export const identityNodeKey = (userId: string): string => encodeURIComponent(userId);
export const systemNodeKey = (name: string | null): string => encodeURIComponent(name ?? 'system');

/** The variable naming the perspective user (listing and unread counts need one). */
export const USER_VAR = 'LAYER_USER_ID';
