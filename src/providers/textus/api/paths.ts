/**
 * Every TextUs path Parley builds. Paths Parley only follows come verbatim from payloads (JSON-LD
 * ids, hydra `view` links); the host-relative fallbacks below mirror those ids, so a fallback and
 * a sent link of the same collection share one loader entry.
 */

/** The conversation filter Parley lists: `all` [D]; others (`you`…) are per-user views. */
const LIST_FILTER = 'all';

const slugPath = (slug: string): string => `/conversations/${encodeURIComponent(slug)}`;

export const textUsPaths = {
  /** `GET /conversations/:slug`. */
  conversation: (slug: string): string => `conversations/${encodeURIComponent(slug)}`,
  /** The documented timeline id, for payloads that leave the timeline out. */
  timeline: (slug: string): string => `${slugPath(slug)}/timeline`,
  /** The documented `associatedContacts` link, for payloads that leave it out. */
  associatedContacts: (slug: string): string => `${slugPath(slug)}/associated_contacts`,
  /** The documented `participants` link, for payloads that leave it out. */
  participants: (slug: string): string => `${slugPath(slug)}/participants`,
  /** `GET /:account/conversation_filters/all/conversations`, newest activity first. */
  conversationList: (account: string): string => `${encodeURIComponent(account)}/conversation_filters/${LIST_FILTER}/conversations`,
  /** A node by collection (`messages`, `users`…) and slug. */
  resource: (collection: string, slug: string): string => `${collection}/${encodeURIComponent(slug)}`,
};
