import type { JsonObject } from '../../../kit/json';

// Bird's demo data, the one module tests and the benchmark read it from: the seed (docs "Get
// conversation" example) and the values the same docs page gives per field. The scraped page
// shows addresses as "[email protected]": real addresses are used here.

export const SIM_ACCESS_KEY = 'sim-bird-access-key-7f3a9c';
/** Default workspace of the simulator (the workspace in the docs' curl examples). */
export const SIM_WORKSPACE = 'a1405560-c8d3-4b1a-877d-3f449ad95352';
/** A second workspace (the docs' path-parameter example), reached only with long-form ids. */
export const SIM_OTHER_WORKSPACE = 'b4e02c85-c6d2-4b15-8885-e09671799c61';
export const SEED_CONVERSATION_ID = '907798f8-fd72-44d5-8042-fcc05c1bb570';
export const OTHER_CONVERSATION_ID = '299227f5-1c61-4341-ad50-efed5c048998';
export const EMAIL_CHANNEL_ID = 'cb4b1ebc-34e6-5a7a-a375-f6f2f131d88f';
export const WHATSAPP_CHANNEL_ID = 'ab651378-579a-4491-abe6-eec97d4c0fa3';
/** Answers 409, which Bird documents for a conversation in a conflicting state. */
export const CONFLICT_CONVERSATION_ID = '409c0f11-c7a1-4e5b-9d0e-000000000409';

/** Conversations generated beside the seed and the other workspace's conversation. */
export const GENERATED_COUNT = 210;
/** The conversation with exactly 250 messages, for paging tests. */
export const PAGING_CONVERSATION_ID = 'c0a80250-7d1e-4b2a-9f3c-250250250250';
export const PAGING_MESSAGE_COUNT = 250;
export const SMS_CHANNEL_ID = '1e5a7c90-4b2d-4f6e-8a1c-3d5f7b9e1a2c';

export const SEED_UPDATED_AT = '2024-11-29T13:31:03.845Z';
export const OTHER_UPDATED_AT = '2024-01-01T00:06:00.123Z';
export const CONTACT_ID = '8f0b5377-2edc-4116-a8e8-6a475f245a04';
export const ACCESS_KEY_PARTICIPANT_ID = '68b80b8d-8060-42df-bda3-73505a8fdb84';

const emailContact = (address: string): JsonObject => ({ identifierKey: 'emailaddress', identifierValue: address, platformAddress: address });

export const seedLucas: JsonObject = {
  id: CONTACT_ID, type: 'contact', status: 'active', displayName: 'Lucas De Mitri', avatarUrl: '', contact: emailContact('lucas@example.com'),
};
export const seedKey: JsonObject = {
  id: ACCESS_KEY_PARTICIPANT_ID, type: 'accessKey', status: 'active', displayName: 'My first email key', avatarUrl: '',
};
// The seed names its initiating participant "John Doe" under the same id as "Lucas De Mitri".
const seedJohn: JsonObject = { ...seedLucas, displayName: 'John Doe', contact: emailContact('john@example.com') };
const johnRecipient: JsonObject = {
  type: 'to', id: CONTACT_ID, identifierKey: 'emailaddress', identifierValue: 'john@example.com',
  platformAddress: 'john@example.com', contactAnnotation: { name: 'John Doe' },
};

export const seedMessages: JsonObject[] = [
  {
    id: '3e75a9d2-2a54-45ac-856a-bbe02f874332', conversationId: SEED_CONVERSATION_ID, reference: '3e75a9d2-2a54-45ac-856a-bbe02f874332',
    sender: seedJohn, draft: false, status: 'delivered', source: 'channels',
    body: { type: 'html', html: { text: 'test\r\n', html: '<p>test</p>' } }, interactions: null,
    createdAt: '2024-11-25T19:31:47.264Z', updatedAt: '2024-11-25T19:31:47.264Z',
    meta: { extraInformation: { email_headers: 'eyJTdWJqZWN0IjpbInRlc3QiXX0=' } }, receiverTypes: ['to'],
  },
  {
    id: 'd578f436-b3b7-49e6-95c2-24b77bb4e7ce', conversationId: SEED_CONVERSATION_ID, reference: '', sender: seedKey, draft: false,
    recipients: [johnRecipient], status: 'delivered', source: 'conversations', body: { type: 'text', text: { text: 'Hey, listen!' } },
    interactions: null, createdAt: '2024-11-29T13:22:22.875Z', updatedAt: '2024-11-29T13:22:35.281Z',
  },
];

/** The seed body, value for value. */
export const seedConversation: JsonObject = {
  id: SEED_CONVERSATION_ID,
  name: 'test',
  description: '',
  status: 'active',
  visibility: 'public',
  accessibility: 'open',
  featuredParticipants: [seedLucas, seedKey],
  activeParticipantCount: 2,
  pendingParticipantCount: 0,
  initiatingParticipant: seedJohn,
  channelId: EMAIL_CHANNEL_ID,
  lastMessage: {
    id: 'd578f436-b3b7-49e6-95c2-24b77bb4e7ce',
    type: 'text',
    preview: { text: 'Hey, listen!' },
    recipients: [johnRecipient],
    status: 'delivered',
    sender: seedKey,
    createdAt: '2024-11-29T13:22:22.875Z',
  },
  createdAt: '2024-11-25T19:31:47.264Z',
  updatedAt: SEED_UPDATED_AT,
  platformStyle: 'email',
};

export const seedChannels: (readonly [string, JsonObject])[] = [
  [EMAIL_CHANNEL_ID, {
    id: EMAIL_CHANNEL_ID, platformId: 'email-sparkpost', name: 'Support e-mail', connectorId: '5d8e8a52-3f0e-4b5e-9a57-7b1d0c2e9f10',
    identifier: 'support@example.com', status: 'active', createdAt: '2024-11-01T09:00:00.000Z', updatedAt: '2024-11-01T09:00:00.000Z',
  }],
  [WHATSAPP_CHANNEL_ID, {
    id: WHATSAPP_CHANNEL_ID, platformId: 'whatsapp', name: 'WhatsApp support', connectorId: '0f6b1c7e-2a3d-4e5f-8a9b-1c2d3e4f5a6b',
    identifier: '+31970102030', status: 'active', createdAt: '2023-12-01T09:00:00.000Z', updatedAt: '2023-12-01T09:00:00.000Z',
  }],
];

export const otherAgent: JsonObject = {
  id: 'cb22b001-6226-4d7c-acdd-7414b2bcdbaf', displayName: 'John Doe', avatarUrl: 'https://example.bird.com/avatar-url',
  contact: { ...emailContact('john.doe@example.com'), platformAddressSelector: 'attributes.workEmail' }, type: 'user', status: 'active',
};
const OTHER_CUSTOMER_ID = '274bd6ff-3295-49a0-a02d-651fb661d7fb';
export const otherCustomer: JsonObject = {
  id: OTHER_CUSTOMER_ID, type: 'contact', status: 'active', displayName: 'Ana Souza', avatarUrl: '',
  contact: { identifierKey: 'phonenumber', identifierValue: '+31612345678', platformAddress: '+31612345678' },
};

export const otherMessages: JsonObject[] = [
  {
    id: '5b1f0c3e-8d2a-4c6b-9e7f-0a1b2c3d4e5f', conversationId: OTHER_CONVERSATION_ID, reference: '', sender: otherCustomer, draft: false,
    status: 'delivered', source: 'channels', body: { type: 'text', text: { text: 'Hi, I would like a refund for order 1043.' } },
    interactions: null, createdAt: '2024-01-01T00:00:00.123Z', updatedAt: '2024-01-01T00:00:00.123Z',
  },
  {
    id: '7c2e1d4f-9a3b-4d7c-8f1e-2b3c4d5e6f70', conversationId: OTHER_CONVERSATION_ID, reference: 'refund-1043', sender: otherAgent, draft: false,
    recipients: [{ type: 'to', id: OTHER_CUSTOMER_ID, identifierKey: 'phonenumber', identifierValue: '+31612345678', platformAddress: '+31612345678', contactAnnotation: { name: 'Ana Souza' } }],
    status: 'read', source: 'conversations', body: { type: 'text', text: { text: 'Sure, the refund is on its way.' } },
    interactions: null, createdAt: '2024-01-01T00:05:00.123Z', updatedAt: '2024-01-01T00:06:00.123Z',
  },
];

/** The docs' per-field example values, as a direct (WhatsApp) conversation in the other workspace. */
export const otherConversation: JsonObject = {
  id: OTHER_CONVERSATION_ID, name: 'Re: Your refund request', description: 'Refund request ticket', status: 'active',
  visibility: 'public', accessibility: 'open', style: 'default', featuredParticipants: [otherAgent],
  activeParticipantCount: 2, pendingParticipantCount: 1, initiatingParticipant: otherCustomer, channelId: WHATSAPP_CHANNEL_ID,
  lastMessage: {
    id: '7c2e1d4f-9a3b-4d7c-8f1e-2b3c4d5e6f70', type: 'text', preview: { text: 'Sure, the refund is on its way.' },
    recipients: null, status: 'read', sender: otherAgent, createdAt: '2024-01-01T00:05:00.123Z',
  },
  lastIncomingMessageAt: '2024-01-01T00:00:00.123Z', lastOutgoingMessageAt: '2024-01-01T00:05:00.123Z',
  createdAt: '2024-01-01T00:00:00.123Z', updatedAt: OTHER_UPDATED_AT, platformStyle: 'direct',
  summary: 'Re: Your refund request', spam: true, spamReason: 'advertisement', hasDraft: false,
};
