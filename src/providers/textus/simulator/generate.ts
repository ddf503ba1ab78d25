import type { JsonObject } from '../../../kit/json';
import { minutesAfter, type SeededRandom } from '../../../simulator/random';

/** Timeline items and listed conversations per page (TextUs does not document its page size). */
export const SIM_PAGE_SIZE = 25;
export const GENERATED_COUNT = 200;

/** One simulated conversation: its GET body minus the timeline, and the timeline newest first. */
export interface SimConversation {
  slug: string;
  head: JsonObject;
  items: JsonObject[];
  latestPosition: string;
  participants: JsonObject;
  associatedContacts: JsonObject;
  assignments: JsonObject;
  userInfo: JsonObject;
}

const FIRST = ['Ada', 'Grace', 'Linus', 'Ken', 'Barbara', 'Dennis', 'Margaret', 'Alan', 'Frances', 'Edsger'];
const LAST = ['Lovelace', 'Hopper', 'Torvalds', 'Thompson', 'Liskov', 'Ritchie', 'Hamilton', 'Turing', 'Allen'];
const TEXTS = ['Is my order ready?', 'Yes, it ships today.', 'Thanks!', 'Can we move the appointment?', 'Sure, Friday works.'];
const OUT_STATES = ['delivered', 'delivered', 'dispatched', 'queued', 'failed'];

/** The JSON-LD id of a simulated object ('' when it has none). */
export const idOf = (object: JsonObject): string => (typeof object['id'] === 'string' ? object['id'] : '');

export const collection = (id: string, members: JsonObject[], type = 'hydra:Collection'): JsonObject => ({
  '@type': type, id, '@context': '/contexts/hydra:Collection.jsonld', totalItems: members.length, members,
});

/**
 * A ConversationAssignment as the docs show it [issue 8]: the assigned User embedded, the
 * assigner as a link. Its slug is derived from the conversation's, so it is stable.
 */
export function simAssignment(conversationSlug: string, assignee: JsonObject, assigner = '/users/wqyODPA'): JsonObject {
  return { '@type': 'ConversationAssignment', id: `/assignments/a${conversationSlug}`, assignee, assigner };
}

export function simUser(slug: string, name: string, automatedActor = false): JsonObject {
  const [firstName = name, lastName = ''] = name.split(' ');
  return {
    '@type': 'User', '@context': '/contexts/User.jsonld', id: `/users/${slug}`, name, firstName, lastName,
    email: `${firstName.toLowerCase()}@textus.example`, avatar: null, automatedActor, hasPassword: !automatedActor,
    discarded: false, settings: { customSettings: {} }, memberships: `/users/${slug}/memberships`,
  };
}

function simContact(rng: SeededRandom, slug: string, createdAt: string): { contact: JsonObject; phoneNumber: string } {
  const [firstName, lastName] = [rng.pick(FIRST), rng.pick(LAST)];
  const digits = String(1000 + rng.int(9000));
  const phone = {
    '@type': 'ContactPhone', id: `/contact_phones/${slug}p`, '@context': '/contexts/ContactPhone.jsonld',
    phoneNumber: `+1303555${digits}`, formattedPhoneNumber: `(303) 555-${digits}`, extension: null, type: 'Mobile',
    deliverabilityStatus: 'deliverable', contact: `/contacts/${slug}`,
  };
  const contact = {
    id: `/contacts/${slug}`, '@type': 'Contact', '@context': '/contexts/Contact.jsonld', name: `${firstName} ${lastName}`,
    firstName, lastName, phones: collection(`/contacts/${slug}/phones`, [phone]),
    notes: collection(`/contacts/${slug}/notes`, []), conversations: `/contacts/${slug}/conversations`, data: {},
    createdAt, formattedData: {},
  };
  return { contact, phoneNumber: phone.phoneNumber };
}

function simItem(rng: SeededRandom, id: string, at: string, conversation: string, agents: readonly JsonObject[]): JsonObject {
  if (rng.int(6) === 0) {
    return {
      '@type': 'ConversationEvent', id: `/conversation_events/${id}`, '@context': '/contexts/ConversationEvent.jsonld',
      type: rng.pick(['open', 'close']), displayTimestamp: at, timelinePosition: at, conversation,
      user: idOf(rng.pick(agents)), assignee: null,
    };
  }
  const out = rng.int(2) === 0;
  const body = rng.pick(TEXTS);
  const state = out ? rng.pick(OUT_STATES) : 'received';
  return {
    '@type': 'Message', id: `/messages/${id}`, '@context': '/contexts/Message.jsonld', direction: out ? 'out' : 'in',
    body, formattedBody: `<div>${body}</div>`, deliveryState: state, displayTimestamp: at, timelinePosition: at,
    conversation, sender: out ? idOf(rng.pick(agents)) : null,
    attachments: collection(`/messages/${id}/attachments`, []), friendlyStateDescription: `Message ${state}`,
    retryAllowed: state === 'failed', retry: state === 'failed' ? `/messages/${id}/retry` : null, latestEventAt: at,
    flags: [], source: 'textus',
  };
}

/** The agents every generated conversation draws from (one bot among them). */
export const SIM_AGENTS: readonly JsonObject[] = [
  simUser('agT1mK', 'Dana Scully'), simUser('agR2pQ', 'Fox Mulder'), simUser('agW3sZ', 'Walter Skinner'),
  simUser('agB0tX', 'Auto Responder', true),
];

/** A generated conversation: `count` items, the newest at `latest`, three minutes apart. */
export function generateConversation(rng: SeededRandom, slug: string, latest: string, count: number): SimConversation {
  const path = `/conversations/${slug}`;
  const { contact, phoneNumber } = simContact(rng, `ct${slug}`, minutesAfter(latest, -3 * count - 60));
  const agents = [...new Set([rng.pick(SIM_AGENTS), rng.pick(SIM_AGENTS)])];
  const items = Array.from({ length: count }, (_, i) => simItem(rng, `${slug}i${i}`, minutesAfter(latest, -3 * i), path, agents));
  const senders = new Set(items.map((item) => item['sender']).filter((sender) => typeof sender === 'string'));
  const open = rng.int(3) > 0;
  const participants = collection(`${path}/participants`, agents.filter((agent) => senders.has(idOf(agent))));
  const associatedContacts = collection(`${path}/associated_contacts`, [contact], 'ContactCollection');
  const head: JsonObject = {
    '@type': 'Conversation', id: path, '@context': '/contexts/Conversation.jsonld', slug,
    currentState: open ? 'open' : 'closed', account: '/accounts/sanford.llc', requestingUserInfo: `${path}/user_info`,
    phoneNumber, formattedPhoneNumber: null, assignedContact: null,
    latestPreviewableItem: items.find((item) => item['@type'] === 'Message') ?? null,
    associatedContacts, participants,
    assignments: `${path}/assignments`, assignContact: `${path}/assign_contact`,
    reopenConversation: open ? null : `${path}/open`, closeConversation: open ? `${path}/close` : null,
    readConversation: `${path}/read`, unreadConversation: `${path}/read`, starConversation: `${path}/star`,
    unstarConversation: `${path}/star`, blockConversation: `${path}/block`, unblockConversation: null,
    subscribeConversation: null, unanswered: items[0]?.['direction'] === 'in',
    unsubscribeConversation: `${path}/subscribe`, unsubscribed: false, blocked: false, stats: `${path}/stats`,
  };
  return {
    slug, head, items, latestPosition: latest,
    participants,
    associatedContacts,
    assignments: collection(`${path}/assignments`, rng.int(3) > 0 ? [simAssignment(slug, rng.pick(agents))] : []),
    userInfo: { '@type': 'UserInfo', read: rng.int(2) === 0, readToTimelinePosition: null, starred: false, assigned: false },
  };
}
