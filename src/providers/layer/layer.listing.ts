import { z } from 'zod';
import { badUserInput, unsupported } from '../../errors/parley-error';
import type { CommonConversation } from '../../schema/conversation.interface';
import type { PageRequest, PageResult } from '../../schema/paging';
import type { ProviderIO } from '../adapter';
import type { JsonValue } from '../shared/json';
import { conversationListPath } from './layer.client';
import { LAYER_ENV, LAYER_SLUG, UUID_PATTERN, type LayerSettings } from './layer.config';
import { mapLayerConversation } from './layer.mapper';
import { conversationUuidOf, layerCount, parseLayerConversationList } from './layer.wire';

const zListCursor = z.strictObject({ id: z.string().regex(UUID_PATTERN), offset: z.number().int().nonnegative() });
type ListCursor = z.infer<typeof zListCursor>;

function parseListCursor(value: JsonValue | null): ListCursor | null {
  if (value === null) return null;
  const parsed = zListCursor.safeParse(value);
  if (!parsed.success) throw badUserInput('Cursor is not a Layer conversation cursor issued by Parley', LAYER_SLUG);
  return parsed.data;
}

/** `…/users/:user/conversations?page_size=&from_id=&sort_by=created_at`: newest first, stable while paging. */
function listUrl(io: ProviderIO, settings: LayerSettings, user: string, pageSize: number, fromId: string | null): URL {
  const url = new URL(conversationListPath(settings, user), io.baseUrl);
  url.searchParams.set('page_size', String(pageSize));
  if (fromId !== null) url.searchParams.set('from_id', fromId);
  url.searchParams.set('sort_by', 'created_at');
  return url;
}

/**
 * Lists the perspective user's conversations newest first (Layer lists only per user). Each
 * listed conversation is the full user-perspective object, so it primes the conversation loader.
 */
export async function listLayerConversations(
  io: ProviderIO,
  settings: LayerSettings,
  request: PageRequest,
): Promise<PageResult<CommonConversation>> {
  const user = settings.userId;
  if (user === null) {
    throw unsupported(LAYER_SLUG, `Layer lists conversations only per user: set ${LAYER_ENV.userId} to list as that user`);
  }
  const after = parseListCursor(request.after);
  // page_size must be 1..100; a zero-sized page still asks for one to learn whether more exist.
  const pageSize = Math.max(1, request.first);
  const response = await io.get(listUrl(io, settings, user, pageSize, after?.id ?? null));
  const listed = parseLayerConversationList(response.body);
  const count = layerCount(response.headers);
  const offset = after === null ? 0 : after.offset + 1;
  const items = listed.slice(0, request.first).map((parsed, index) => {
    const conversation = mapLayerConversation(parsed, settings, user);
    io.primeConversation(conversation.nativeId, conversation);
    return { node: conversation, cursor: { id: conversationUuidOf(parsed.wire.id), offset: offset + index } };
  });
  const full = listed.length === pageSize;
  const hasNextPage = request.first === 0 ? listed.length > 0 : full && (count === null || offset + listed.length < count);
  return { items, hasNextPage, totalCount: count };
}
