import { z } from 'zod';
import { type Parsed, keepRaw, parseWire } from '../../../kit/wire';
import { SLUG } from '../api/keys';
import { TEXTUS } from '../identity';
import { ldShape, zCollection, zIdPath, zLink, zOptionalBoolean, zOptionalLink, zOptionalString } from './ld.wire';
import { zContactCollection, zRawUserInfo, zUserCollection } from './people.wire';
import { zTimelineItem, zTimelineSummary } from './timeline.wire';

const PROVIDER = TEXTUS.slug;

/** Action links: POST targets, `null` when the action does not apply [S]. Never followed by Parley. */
const actionShape = {
  assignContact: zOptionalLink,
  reopenConversation: zOptionalLink,
  closeConversation: zOptionalLink,
  readConversation: zOptionalLink,
  unreadConversation: zOptionalLink,
  starConversation: zOptionalLink,
  unstarConversation: zOptionalLink,
  blockConversation: zOptionalLink,
  unblockConversation: zOptionalLink,
  subscribeConversation: zOptionalLink,
  unsubscribeConversation: zOptionalLink,
};
export type TextUsActionName = keyof typeof actionShape;

/**
 * A Conversation as `GET /conversations/:conversation` sends it [S], or as a member of a
 * conversation list [D], where `associatedContacts` is only a link and `requestingUserInfo` is
 * embedded: both shapes parse, and the lazy fields fetch what a shape leaves out.
 */
export const zConversation = z.object({
  ...ldShape,
  id: zIdPath('conversations'),
  slug: z.string().regex(SLUG, 'expected an alphanumeric slug'),
  currentState: zOptionalString,
  account: zOptionalLink,
  requestingUserInfo: z.union([zLink, zRawUserInfo]).nullable().optional(),
  phoneNumber: zOptionalString,
  formattedPhoneNumber: zOptionalString,
  accountPhoneNumber: zOptionalString,
  formattedAccountPhoneNumber: zOptionalString,
  assignedContact: z.union([zLink, z.object({ id: zLink })]).nullable().optional(),
  latestPreviewableItem: zTimelineItem.nullable().optional(),
  associatedContacts: z.union([zLink, zContactCollection]).nullable().optional(),
  participants: z.union([zLink, zUserCollection]).nullable().optional(),
  assignments: zOptionalLink,
  ...actionShape,
  unanswered: zOptionalBoolean,
  unsubscribed: zOptionalBoolean,
  blocked: zOptionalBoolean,
  timeline: zTimelineSummary.nullable().optional(),
  stats: zOptionalLink,
});
export type TextUsConversationWire = z.infer<typeof zConversation>;

export const zRawConversation = keepRaw(zConversation);
export type TextUsRawConversation = Parsed<TextUsConversationWire>;

/** `GET /:account/conversation_filters/:filter/conversations`: newest activity first, `view.next` pages. */
export const zConversationPage = zCollection(zRawConversation);
export type TextUsConversationPageWire = z.infer<typeof zConversationPage>;

export const parseConversation = (body: unknown): TextUsRawConversation =>
  parseWire(zRawConversation, body, PROVIDER, 'conversation');
export const parseConversationPage = (body: unknown): TextUsConversationPageWire =>
  parseWire(zConversationPage, body, PROVIDER, 'conversation list');
