import { SeededRandom, minutesAfter } from '../../../simulator/random';
import {
  FOREIGN_LINK_ID, GENERATED_COUNT, LONG_ID, LONG_MESSAGE_COUNT, SEED_SYSTEM_ID, SEED_USER_ID, SEED_USER_MESSAGE_IDS, SIM_APP_ID, SIM_USER_ID,
  longMessageId,
} from './seed';

// Records of the simulated Layer app. The two seed conversations keep the seed document's values
// exactly; identities, the seed conversations' other messages and everything generated are made up.

export interface SimPart {
  mime_type: string;
  body: string;
  encoding?: string;
}

export interface SimMessage {
  uuid: string;
  position: number;
  parts: SimPart[];
  sentAt: string;
  /** `received_at` in the user perspective (null in the system perspective). */
  receivedAt: string;
  /** Rendered as is: the seed's last message has no `name`, the v1.0 docs show `name: null`. */
  sender: { user_id: string | null; name?: string | null };
  recipientStatus: Record<string, string>;
}

export interface SimConversation {
  uuid: string;
  createdAt: string;
  participants: string[];
  distinct: boolean;
  metadata: Record<string, string>;
  /** Part of its participants' conversation lists. */
  listed: boolean;
  /** A `messages_url` on another origin (the link-rejection test). */
  foreignMessagesUrl?: string;
  /** Oldest first; computed on first use. */
  messages(): SimMessage[];
}

export interface SimIdentity {
  user_id: string;
  display_name: string;
  avatar_url: string | null;
  first_name: string;
  last_name: string;
  phone_number: string | null;
  email_address: string | null;
  identity_type: 'user' | 'bot';
  public_key: string | null;
  metadata: Record<string, string>;
}

const lazy = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

function identity(userId: string, first: string, last: string, type: 'user' | 'bot' = 'user'): SimIdentity {
  const handle = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
  return {
    user_id: userId, display_name: `${first} ${last}`, avatar_url: `https://avatars.example.com/${userId}.png`, first_name: first,
    last_name: last, phone_number: type === 'bot' ? null : `+1415555${userId.slice(-4).padStart(4, '0')}`,
    email_address: type === 'bot' ? null : `${handle}@example.com`, identity_type: type, public_key: null, metadata: { level: String(userId.length * 5) },
  };
}

const POOL_NAMES: readonly [string, string][] = [
  ['Bilbo', 'Baggins'], ['Samwise', 'Gamgee'], ['Peregrin', 'Took'], ['Meriadoc', 'Brandybuck'], ['Rosie', 'Cotton'],
  ['Lobelia', 'Sackville'], ['Fredegar', 'Bolger'], ['Esmeralda', 'Took'], ['Hamfast', 'Gamgee'], ['Primula', 'Brandybuck'],
  ['Otho', 'Sackville'], ['Farmer', 'Maggot'],
];
const POOL = POOL_NAMES.map((_, index) => String(3000001 + index));

export const IDENTITIES: ReadonlyMap<string, SimIdentity> = new Map([
  ['1234', identity('1234', 'Ada', 'Lovelace')],
  ['5678', identity('5678', 'Grace', 'Hopper')],
  ['2222222', identity('2222222', 'Helper', 'Bot', 'bot')],
  ['1234567', identity('1234567', 'Frodo', 'Baggins')],
  ...POOL_NAMES.map(([first, last], index): [string, SimIdentity] => [String(3000001 + index), identity(String(3000001 + index), first, last)]),
]);

const text = (body: string): SimPart => ({ mime_type: 'text/plain', body });
const PIXEL: SimPart = { mime_type: 'image/png', encoding: 'base64', body: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==' };

const seedSystem: SimConversation = {
  uuid: SEED_SYSTEM_ID, createdAt: '2014-09-15T04:44:47+00:00', participants: ['1234', '5678'], distinct: false,
  metadata: { background_color: '#3c3c3c' }, listed: true,
  messages: lazy(() => [
    { uuid: '3a6b8d0c-3c93-11e4-8c21-0800200c9a66', position: 1024, parts: [text('Are we still on for Friday?')], sentAt: '2014-09-15T04:45:02+00:00',
      receivedAt: '2014-09-15T04:45:03+00:00', sender: { name: null, user_id: '1234' }, recipientStatus: { '1234': 'read', '5678': 'read' } },
    { uuid: '3a6b8d0d-3c93-11e4-8c21-0800200c9a66', position: 2048, parts: [text('Yes, map attached.'), PIXEL], sentAt: '2014-09-15T04:46:10+00:00',
      receivedAt: '2014-09-15T04:46:11+00:00', sender: { name: null, user_id: '5678' }, recipientStatus: { '1234': 'delivered', '5678': 'read' } },
    { uuid: '3a6b8d0e-3c93-11e4-8c21-0800200c9a66', position: 3072, parts: [text('Grace Hopper changed the conversation colour.')],
      sentAt: '2014-09-15T04:47:00+00:00', receivedAt: '2014-09-15T04:47:00+00:00', sender: { name: 'The System', user_id: null },
      recipientStatus: { '1234': 'sent', '5678': 'sent' } },
  ]),
};

const seedUser: SimConversation = {
  uuid: SEED_USER_ID, createdAt: '2015-12-28T22:59:57.433Z', participants: ['2222222', '1234567'], distinct: true,
  metadata: { background_color: '#3c3c3c' }, listed: true,
  messages: lazy(() => [
    { uuid: SEED_USER_MESSAGE_IDS[0], position: 5494603776,
      parts: [text('Hi! Did you get my note?'), { mime_type: 'text/html', body: '<p>Hi! Did you get my <b>note</b>?</p>' }],
      sentAt: '2015-12-28T23:00:12.503Z', receivedAt: '2015-12-28T23:00:12.611Z', sender: { name: null, user_id: '2222222' },
      recipientStatus: { '2222222': 'read', '1234567': 'read' } },
    { uuid: SEED_USER_MESSAGE_IDS[1], position: 5494636544, parts: [text('Yes, thanks.')], sentAt: '2015-12-28T23:05:40.870Z',
      receivedAt: '2015-12-28T23:05:40.902Z', sender: { name: null, user_id: '1234567' }, recipientStatus: { '2222222': 'read', '1234567': 'read' } },
    // The seed's last_message, value for value.
    { uuid: SEED_USER_MESSAGE_IDS[2], position: 5494669312, parts: [text('hello')], sentAt: '2015-12-28T23:07:51.112Z',
      receivedAt: '2015-12-28T23:07:51.123Z', sender: { user_id: '1234567' }, recipientStatus: { '2222222': 'sent', '1234567': 'read' } },
  ]),
};

const long: SimConversation = {
  uuid: LONG_ID, createdAt: '2015-06-01T10:00:00.000Z', participants: ['1234567', '2222222'], distinct: true,
  metadata: { topic: 'paging' }, listed: true,
  messages: lazy(() =>
    Array.from({ length: LONG_MESSAGE_COUNT }, (_, k): SimMessage => {
      const sentAt = minutesAfter('2015-06-01T10:00:00.000Z', k + 1);
      const sender = k % 2 === 0 ? '1234567' : '2222222';
      return { uuid: longMessageId(k + 1), position: (k + 1) * 1000, parts: [text(`Message ${k + 1} of ${LONG_MESSAGE_COUNT}`)],
        sentAt, receivedAt: sentAt, sender: { name: null, user_id: sender }, recipientStatus: { '1234567': 'read', '2222222': 'read' } };
    })),
};

const foreignLink: SimConversation = {
  uuid: FOREIGN_LINK_ID, createdAt: '2016-03-01T12:00:00.000Z', participants: ['1234567', '5678'], distinct: false, metadata: {}, listed: false,
  foreignMessagesUrl: `https://evil.example/apps/${SIM_APP_ID}/users/${SIM_USER_ID}/conversations/${FOREIGN_LINK_ID}/messages`,
  messages: () => [],
};

const TOPICS = ['order', 'delivery', 'billing', 'account', 'feedback', 'returns'];
const LINES = ['Hi there!', 'Any news on this?', 'Thanks, that helps.', 'I will check and get back to you.', 'Sounds good.', 'See you tomorrow.'];

function generatedMessages(uuid: string, createdAt: string, participants: string[], count: number): SimMessage[] {
  const rng = new SeededRandom(uuid);
  let minutes = 0;
  return Array.from({ length: count }, (_, k): SimMessage => {
    minutes += 1 + rng.int(30);
    const sentAt = minutesAfter(createdAt, minutes);
    const system = rng.int(12) === 0;
    const senderId = system ? null : rng.pick(participants);
    const newest = k === count - 1;
    const status = Object.fromEntries(participants.map((id) => [id, id === senderId || !newest ? 'read' : rng.pick(['sent', 'delivered', 'read'])]));
    const parts = [text(rng.pick(LINES)), ...(rng.int(6) === 0 ? [PIXEL] : [])];
    return { uuid: rng.uuid(), position: (k + 1) * 65536, parts, sentAt, receivedAt: minutesAfter(sentAt, 0.0025),
      sender: system ? { name: 'The System', user_id: null } : { name: null, user_id: senderId }, recipientStatus: status };
  });
}

function generate(): SimConversation[] {
  const rng = new SeededRandom('layer-simulator');
  return Array.from({ length: GENERATED_COUNT }, (_, i): SimConversation => {
    const uuid = rng.uuid();
    const createdAt = minutesAfter('2016-01-04T09:00:00.000Z', i * 97 + rng.int(60));
    const others = [rng.pick(POOL), ...(rng.int(3) === 0 ? [rng.pick(POOL)] : [])];
    const participants = [...new Set([SIM_USER_ID, ...others])];
    const count = 1 + rng.int(6);
    return { uuid, createdAt, participants, distinct: participants.length === 2, metadata: { topic: rng.pick(TOPICS) }, listed: true,
      messages: lazy(() => generatedMessages(uuid, createdAt, participants, count)) };
  });
}

/** Every simulated conversation by UUID; generated ones are built on first use. */
export const conversations = lazy(
  () => new Map([seedSystem, seedUser, long, foreignLink, ...generate()].map((conversation) => [conversation.uuid, conversation])),
);

const lists = new Map<string, SimConversation[]>();
/** A user's listed conversations, newest created first (`sort_by=created_at`). */
export function conversationsOf(userId: string): SimConversation[] {
  let list = lists.get(userId);
  if (!list) {
    list = [...conversations().values()]
      .filter((conversation) => conversation.listed && conversation.participants.includes(userId))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    lists.set(userId, list);
  }
  return list;
}
