import type { JsonObject } from '../../../kit/json';
import { minutesAfter, SeededRandom } from '../../../simulator/random';
import {
  EMAIL_CHANNEL_ID, GENERATED_COUNT, OTHER_CONVERSATION_ID, OTHER_UPDATED_AT, otherAgent, otherConversation, otherCustomer, otherMessages,
  PAGING_CONVERSATION_ID, PAGING_MESSAGE_COUNT, SEED_CONVERSATION_ID, SEED_UPDATED_AT, seedChannels, seedConversation, seedKey, seedLucas,
  seedMessages, SIM_OTHER_WORKSPACE, SIM_WORKSPACE, SMS_CHANNEL_ID, WHATSAPP_CHANNEL_ID,
} from './seed';

/** A conversation the simulator serves, with its messages (oldest first) and participants. */
export interface SimConversation {
  workspaceId: string;
  id: string;
  /** Listing order (newest first). */
  updatedAt: string;
  body: JsonObject;
  messages: JsonObject[];
  participants: JsonObject[];
}

/** Everything the simulator serves. */
export interface BirdWorld {
  /** By `<workspaceId>/<conversationId>`. */
  conversations: Map<string, SimConversation>;
  /** By `<workspaceId>/<channelId>`. */
  channels: Map<string, JsonObject>;
}

const FIRST_NAMES = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Emma', 'Farid', 'Grace', 'Hiro', 'Inès', 'Jonas'];
const LAST_NAMES = ['Silva', 'Okafor', 'Martin', 'Ivanova', 'Jansen', 'Haddad', 'Kim', 'Tanaka', 'Dubois', 'Berg'];
const TOPICS = ['Order status', 'Refund request', 'Delivery delay', 'Invoice copy', 'Account access', 'Product question'];

const smsChannel: JsonObject = {
  id: SMS_CHANNEL_ID, platformId: 'sms-messagebird', name: 'SMS support', connectorId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  identifier: '+3197010203040', status: 'active', createdAt: '2024-02-01T09:00:00.000Z', updatedAt: '2024-02-01T09:00:00.000Z',
};

const agents: JsonObject[] = ['Sam Peters', 'Lea Vogel', 'Omar Aziz'].map((name, i) => ({
  id: `6a0e${i}000-1b2c-4d3e-8f4a-5b6c7d8e9f0${i}`, type: 'user', status: 'active', displayName: name, avatarUrl: '',
}));

interface SimContact {
  json: JsonObject;
  recipient: JsonObject;
}

function contactFor(rnd: SeededRandom, email: boolean): SimContact {
  const first = rnd.pick(FIRST_NAMES);
  const last = rnd.pick(LAST_NAMES);
  const name = `${first} ${last}`;
  const id = rnd.uuid();
  const value = email ? `${first.toLowerCase().replace(/[^a-z]/g, '')}.${last.toLowerCase()}@example.com` : `+3161${String(rnd.int(1e7)).padStart(7, '0')}`;
  const address = { identifierKey: email ? 'emailaddress' : 'phonenumber', identifierValue: value, platformAddress: value };
  return {
    json: { id, type: 'contact', status: 'active', displayName: name, avatarUrl: '', contact: address },
    recipient: { type: 'to', id, ...address, contactAnnotation: { name } },
  };
}

interface SimMessage {
  json: JsonObject;
  preview: JsonObject;
  createdAt: string;
}

/** Messages alternate: the contact writes first, the agent answers. */
function messagesFor(conversationId: string, contact: SimContact, agent: JsonObject, count: number, start: string, rnd: SeededRandom): SimMessage[] {
  return Array.from({ length: count }, (_, k) => {
    const inbound = k % 2 === 0;
    const createdAt = minutesAfter(start, k * 7);
    const id = rnd.uuid();
    const sender = inbound ? contact.json : agent;
    const recipients = inbound ? null : [contact.recipient];
    const status = inbound ? 'delivered' : rnd.pick(['sent', 'delivered', 'read']);
    const text = `Message ${k + 1} of ${count}`;
    const json: JsonObject = {
      id, conversationId, reference: '', sender, draft: false, ...(recipients ? { recipients } : {}), status,
      source: inbound ? 'channels' : 'conversations', body: { type: 'text', text: { text } }, interactions: null, createdAt, updatedAt: createdAt,
    };
    return { json, createdAt, preview: { id, type: 'text', preview: { text }, recipients, status, sender, createdAt } };
  });
}

function generated(id: string, rnd: SeededRandom, start: string, count: number): SimConversation {
  const email = rnd.int(3) === 0;
  const contact = contactFor(rnd, email);
  const agent = rnd.pick(agents);
  const messages = messagesFor(id, contact, agent, count, start, rnd);
  const last = messages[messages.length - 1];
  const body: JsonObject = {
    id, name: `${rnd.pick(TOPICS)} #${1000 + rnd.int(9000)}`, description: '', status: rnd.int(5) === 0 ? 'closed' : 'active',
    visibility: 'public', accessibility: 'open', featuredParticipants: [contact.json, agent], activeParticipantCount: 2, pendingParticipantCount: 0,
    initiatingParticipant: contact.json, channelId: email ? EMAIL_CHANNEL_ID : rnd.pick([SMS_CHANNEL_ID, WHATSAPP_CHANNEL_ID]),
    lastMessage: last?.preview ?? null, createdAt: start, updatedAt: last?.createdAt ?? start, platformStyle: email ? 'email' : 'direct',
  };
  const updatedAt = last?.createdAt ?? start;
  return { workspaceId: SIM_WORKSPACE, id, updatedAt, body, messages: messages.map((m) => m.json), participants: [contact.json, agent] };
}

/** Seed data plus deterministic generated conversations; built once per simulator, on first use. */
export function buildWorld(): BirdWorld {
  const rnd = new SeededRandom('bird');
  const list: SimConversation[] = [
    {
      workspaceId: SIM_WORKSPACE, id: SEED_CONVERSATION_ID, updatedAt: SEED_UPDATED_AT,
      body: seedConversation, messages: seedMessages, participants: [seedLucas, seedKey],
    },
    {
      workspaceId: SIM_OTHER_WORKSPACE, id: OTHER_CONVERSATION_ID, updatedAt: OTHER_UPDATED_AT,
      body: otherConversation, messages: otherMessages, participants: [otherAgent, otherCustomer],
    },
    generated(PAGING_CONVERSATION_ID, rnd, '2024-06-01T08:00:00.000Z', PAGING_MESSAGE_COUNT),
  ];
  for (let i = 0; i < GENERATED_COUNT; i += 1) {
    list.push(generated(rnd.uuid(), rnd, minutesAfter('2025-01-06T08:00:00.000Z', i * 95), 1 + rnd.int(6)));
  }
  const channels = new Map<string, JsonObject>();
  for (const workspace of [SIM_WORKSPACE, SIM_OTHER_WORKSPACE]) {
    for (const [id, channel] of [...seedChannels, [SMS_CHANNEL_ID, smsChannel] as const]) channels.set(`${workspace}/${id}`, channel);
  }
  return { conversations: new Map(list.map((c) => [`${c.workspaceId}/${c.id}`, c])), channels };
}
