import { z } from 'zod';
import { type Tolerant, readTolerant } from '../../../kit/tolerant';
import { keepRaw, zJsonObject } from '../../../kit/wire';
import { SLUG } from '../api/keys';
import { TEXTUS } from '../identity';
import { ldShape, linkOr, zIdPath, zLink, zOptionalBoolean, zOptionalCount, zOptionalLink, zOptionalString, zView } from './ld.wire';
import { zAssignments, zContactCollection, zRawUserInfo, zUserCollection } from './people.wire';
import { zTimelinePage } from './timeline.wire';

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

/** An Account as some answers embed it (`{"@type":"Account","id":"/accounts/my_account","name":…}`). */
export const zAccount = z.object({ ...ldShape, id: zLink, name: zOptionalString });
export type TextUsAccountWire = z.infer<typeof zAccount>;

/**
 * The timeline as a conversation holds it: its first page (GET), a summary without members
 * (list results), or only its link. Members are read one by one when used. It has the shape
 * of a timeline page, so one schema reads both.
 */
export const zTimelineSummary = zTimelinePage;
export type TextUsTimelineSummaryWire = z.infer<typeof zTimelineSummary>;

/**
 * A Conversation as `GET /conversations/:conversation` sends it [S], or as a member of a
 * conversation list [D], where `associatedContacts` is only a link and `requestingUserInfo` is
 * embedded. Several keys come as a link or embedded (account, latestPreviewableItem, assignments,
 * timeline); every shape parses and the lazy fields fetch what a shape leaves out. Only `id` is
 * required: `slug` falls back to the id's last segment.
 */
export const zConversation = z.object({
  ...ldShape,
  id: zIdPath('conversations'),
  slug: z.string().regex(SLUG, 'expected an alphanumeric slug').nullish(),
  currentState: zOptionalString,
  account: linkOr(keepRaw(zAccount)).nullish(),
  requestingUserInfo: linkOr(zRawUserInfo).nullish(),
  phoneNumber: zOptionalString,
  formattedPhoneNumber: zOptionalString,
  accountPhoneNumber: zOptionalString,
  formattedAccountPhoneNumber: zOptionalString,
  assignedContact: linkOr(z.object({ id: zLink })).nullish(),
  // Read on its own (`readTimelineItem`) when used: an unreadable item costs that field only.
  latestPreviewableItem: linkOr(zJsonObject).nullish(),
  associatedContacts: linkOr(zContactCollection).nullish(),
  participants: linkOr(zUserCollection).nullish(),
  assignments: linkOr(zAssignments).nullish(),
  ...actionShape,
  unanswered: zOptionalBoolean,
  unsubscribed: zOptionalBoolean,
  blocked: zOptionalBoolean,
  timeline: linkOr(zTimelineSummary).nullish(),
  stats: zOptionalLink,
});
export type TextUsConversationWire = z.infer<typeof zConversation>;
export type TextUsRawConversation = Tolerant<TextUsConversationWire>;

/** `GET /:account/conversation_filters/:filter/conversations`: members are read one by one. */
export const zConversationPage = z.object({
  ...ldShape,
  id: zOptionalLink,
  totalItems: zOptionalCount,
  members: z.array(z.unknown()).nullish(),
  view: zView.nullish(),
});
export type TextUsConversationPageWire = z.infer<typeof zConversationPage>;

export const CONVERSATION_READ = { provider: PROVIDER, what: 'conversation', identity: ['id'] } as const;

export const parseConversation = (body: unknown): TextUsRawConversation => readTolerant(zConversation, body, CONVERSATION_READ);
export const parseConversationPage = (body: unknown): Tolerant<TextUsConversationPageWire> =>
  readTolerant(zConversationPage, body, { provider: PROVIDER, what: 'conversation list', identity: [] });
