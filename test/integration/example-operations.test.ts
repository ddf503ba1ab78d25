import { SEED_CONVERSATION_ID, EMAIL_CHANNEL_ID } from '../../src/providers/bird/simulator/seed';
import { GENERATED_IDS, SEED_ID } from '../../src/providers/helpscout/simulator/seed';
import { SEED_SYSTEM_ID } from '../../src/providers/layer/simulator/seed';
import { SEED_ACTION_ID, SEED_MESSAGE_ID, SEED_TARGET_ID } from '../../src/providers/mailperformance/simulator/seed';
import {
  BirdConversationDocument, HelpScoutConversationDocument, HelpScoutCustomerProfileDocument, HelpScoutListingDocument, HelpScoutThreadsDocument,
  LayerConversationDocument, MailPerformanceConversationDocument, TextUsConversationDocument,
} from '../generated/graphql';
import { startHarness, type Harness } from '../support/harness';

// The provider-specific example operations of schema/operations, as typed by codegen, against
// the simulators' demo data: each answers its provider's own fields, with the requests it needs.

describe('Example operations (schema/operations) over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  it('HelpScoutConversation: mailbox, tags and custom fields with conversation-scoped ids, and the customer profile', async () => {
    const { data, errors } = await h.query(HelpScoutConversationDocument, { id: `helpscout:${SEED_ID}` });
    expect(errors).toBeUndefined();
    expect(data?.conversation).toMatchObject({
      __typename: 'HelpScoutConversation', id: 'helpscout:123', number: 12, state: 'published', threadCount: 2, cc: ['bear@normal.com'],
      source: { type: 'email', via: 'customer' },
      mailbox: { id: 'helpscout:mailbox:13', name: 'Support', email: 'support@acme-help.example' },
      tags: [{ id: 'helpscout:123#tag/9150', tagId: 9150, tag: 'vip', color: '#929499' }],
      customFields: [
        { id: 'helpscout:123#customField/8', fieldId: 8, name: 'Account Type', value: '8518', text: 'Free' },
        { id: 'helpscout:123#customField/6688', fieldId: 6688, name: 'Account Status', value: '33077', text: 'Trial' },
      ],
      primaryCustomer: {
        id: 'helpscout:customer:238604', displayName: 'Rob Robertovic',
        profile: { organization: 'Acme', emails: [{ id: 'helpscout:customer:238604#email/1', entryId: 1, value: 'rob@acme.com', type: 'work' }] },
      },
    });
    expect(h.upstream('helpscout').sort()).toEqual(['GET /v2/conversations/123', 'GET /v2/customers/238604', 'GET /v2/mailboxes/13']);
  });

  it('HelpScoutThreads: thread types, recipients and attachments with thread-scoped ids', async () => {
    const { data, errors } = await h.query(HelpScoutThreadsDocument, { id: `helpscout:${SEED_ID}`, first: 5 });
    expect(errors).toBeUndefined();
    expect(data?.conversation?.__typename === 'HelpScoutConversation' && data.conversation.messages?.edges.map((edge) => edge.node)).toEqual([
      { id: 'helpscout:thread:123/123001', kind: 'MESSAGE', direction: 'INBOUND', type: 'customer', status: 'active', to: ['support@acme-help.example'], openedAt: null, attachments: [] },
      {
        id: 'helpscout:thread:123/123002', kind: 'MESSAGE', direction: 'OUTBOUND', type: 'message', status: 'closed', to: ['rob@acme.com'],
        openedAt: '2012-03-16T15:00:00Z',
        attachments: [{ id: 'helpscout:thread:123/123002#attachment/77', attachmentId: 77, filename: 'invoice.pdf', mimeType: 'application/pdf', size: 20480 }],
      },
    ]);
  });

  it('HelpScoutCustomerProfile: a customer through node(id:) with its entries scoped by the customer', async () => {
    const { data, errors } = await h.query(HelpScoutCustomerProfileDocument, { id: 'helpscout:customer:238604' });
    expect(errors).toBeUndefined();
    expect(data?.node).toEqual({
      __typename: 'HelpScoutCustomer', id: 'helpscout:customer:238604', displayName: 'Rob Robertovic',
      profile: {
        firstName: 'Rob', lastName: 'Robertovic', organization: 'Acme',
        emails: [{ id: 'helpscout:customer:238604#email/1', entryId: 1, value: 'rob@acme.com', type: 'work' }],
        phones: [{ id: 'helpscout:customer:238604#phone/2', entryId: 2, value: '+420123456789', type: 'work' }],
      },
    });
  });

  it('HelpScoutListing: listed conversations each with their own custom field ids', async () => {
    const { data, errors } = await h.query(HelpScoutListingDocument, { first: 3 });
    expect(errors).toBeUndefined();
    const nodes = data?.provider?.conversations?.edges.map((edge) => edge.node) ?? [];
    const newest = GENERATED_IDS.first + GENERATED_IDS.count - 1;
    expect(nodes.map((node) => node?.__typename === 'HelpScoutConversation' && node.customFields?.map((f) => [f.id, f.fieldId, f.name]))).toEqual(
      [newest, newest - 1, newest - 2].map((id) => [[`helpscout:${id}#customField/7`, 7, 'Seats']]),
    );
    expect(data?.provider?.id).toBe('helpscout');
  });

  it('TextUsConversation: the embedded timeline (id scoped by the conversation), contacts with phones and users, in one request', async () => {
    const { data, errors } = await h.query(TextUsConversationDocument, { id: 'textus:kY1QwY' });
    expect(errors).toBeUndefined();
    expect(data?.conversation).toMatchObject({
      id: 'textus:kY1QwY', slug: 'kY1QwY', currentState: 'open', phoneNumber: '+13035551234', formattedPhoneNumber: '(303) 555-1234', unanswered: false,
      jsonLd: { path: '/conversations/kY1QwY', type: 'Conversation' },
      timeline: {
        id: 'textus:kY1QwY#timeline', totalItems: 3, latestPosition: '2020-05-21T20:07:20.862Z',
        members: [
          { id: 'textus:message:06oyogE', kind: 'MESSAGE', body: 'He once made a weeping willow laugh', deliveryState: 'received' },
          { id: 'textus:message:QNDkpL', kind: 'MESSAGE', deliveryState: 'delivered' },
          { id: 'textus:event:Pvwqm5G', kind: 'EVENT', type: 'open' },
        ],
      },
      associatedContacts: { totalItems: 1, members: [{ id: 'textus:contact:Vled2N', name: 'Jamel Hirthe', phones: { members: [{ phoneNumber: '+13035551234', type: 'Mobile' }] } }] },
      participantUsers: { members: [{ id: 'textus:user:wqyODPA', name: 'Chuck Norris', email: 'chuck@textus.example' }] },
    });
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY']);
  });

  it('BirdConversation: the channel as a node, featured participants and messages with recipients', async () => {
    const { data, errors } = await h.query(BirdConversationDocument, { id: `bird:${SEED_CONVERSATION_ID}`, first: 5 });
    expect(errors).toBeUndefined();
    const conversation = data?.conversation;
    if (conversation?.__typename !== 'BirdConversation') throw new Error(`expected a Bird conversation, got ${JSON.stringify(conversation)}`);
    expect(conversation).toMatchObject({
      name: 'test', platformStyle: 'email',
      channelInfo: { id: `bird:channel:${EMAIL_CHANNEL_ID}`, channelId: EMAIL_CHANNEL_ID, name: 'Support e-mail', platformId: 'email-sparkpost', medium: 'EMAIL' },
    });
    expect(conversation.featuredParticipants?.map((p) => [p.participantType, p.displayName, p.contact?.identifierValue ?? null])).toEqual([
      ['contact', 'Lucas De Mitri', 'lucas@example.com'], ['accessKey', 'My first email key', null],
    ]);
    expect(conversation.messages?.edges.map(({ node }) => node?.__typename === 'BirdMessage' && [node.direction, node.bodyType, node.recipients?.map((r) => r.__typename === 'BirdParticipant' && r.recipientType)])).toEqual([
      ['INBOUND', 'html', []], ['OUTBOUND', 'text', ['to']],
    ]);
    // The channel is a node: node(id:) reads it again (one GET of the channel).
    const again = await h.query<{ node: { __typename: string; name: string } }>(`{ node(id: "bird:channel:${EMAIL_CHANNEL_ID}") { __typename ... on BirdChannel { name } } }`);
    expect(again.data?.node).toEqual({ __typename: 'BirdChannel', name: 'Support e-mail' });
  });

  it('LayerConversation: app, participant ids and messages with parts, recipient states and senders', async () => {
    const { data, errors } = await h.query(LayerConversationDocument, { id: `layer:${SEED_SYSTEM_ID}`, first: 5 });
    expect(errors).toBeUndefined();
    const conversation = data?.conversation;
    if (conversation?.__typename !== 'LayerConversation') throw new Error(`expected a Layer conversation, got ${JSON.stringify(conversation)}`);
    expect(conversation).toMatchObject({ appId: '24f43c32-4d95-11e4-b3a2-0fd00000020d', distinct: false, participantIds: ['1234', '5678'], metadata: { background_color: '#3c3c3c' } });
    expect(conversation.messages?.edges.map(({ node }) => node?.__typename === 'LayerMessage' && {
      sender: node.sender?.displayName, position: node.position, parts: node.parts?.map((p) => p.mimeType), states: node.recipientStatus?.map((r) => `${r.userId}:${r.status}`),
    })).toEqual([
      { sender: 'Ada Lovelace', position: 1024, parts: ['text/plain'], states: ['1234:read', '5678:read'] },
      { sender: 'Grace Hopper', position: 2048, parts: ['text/plain', 'image/png'], states: ['1234:delivered', '5678:read'] },
      { sender: 'The System', position: 3072, parts: ['text/plain'], states: ['1234:sent', '5678:sent'] },
    ]);
  });

  it('MailPerformanceConversation: delivery events, the target and the action it was sent from', async () => {
    const { data, errors } = await h.query(MailPerformanceConversationDocument, { id: `mailperformance:${SEED_MESSAGE_ID}` });
    expect(errors).toBeUndefined();
    expect(data?.conversation).toEqual({
      __typename: 'MailPerformanceConversation', id: `mailperformance:${SEED_MESSAGE_ID}`, type: 'message', media: 'mail', actionId: SEED_ACTION_ID, targetId: SEED_TARGET_ID,
      events: [
        { id: `mailperformance:event:${SEED_MESSAGE_ID}.0`, type: 'requested', date: '2017-03-31T07:48:16.378Z', reason: null },
        { id: `mailperformance:event:${SEED_MESSAGE_ID}.1`, type: 'received', date: '2017-03-31T07:48:20Z', reason: null },
      ],
      target: { id: `mailperformance:target:${SEED_TARGET_ID}`, email: 'xxx@yyy.com', firstName: 'Xavier', lastName: 'Yvon', redList: null },
      action: {
        id: `mailperformance:action:${SEED_ACTION_ID}`, name: 'Order confirmation', type: 'mailMessage', informations: { folder: null, category: '12', state: 38 },
        content: { subject: 'Your order is confirmed', headers: { from: { prefix: 'orders', domain: 'yyy.com', label: 'YYY Shop' } } },
      },
    });
  });
});
