import { Channel, ConversationStatus, DeliveryStatus, MessageDirection, ParticipantRole, Provider } from '../../schema/enums';
import { createBirdLinks } from './bird.links';
import { channelOf, toChannel, toConversation } from './bird.mapper';
import type { BirdScope } from './bird.scope';
import { otherConversation, seedChannels, seedConversation, seedMessages, SIM_OTHER_WORKSPACE, SIM_WORKSPACE } from './bird.sim-data';
import { platformChannel } from './bird.tables';
import { parseChannel, parseConversation, parseMessage } from './bird.wire';
import { BirdConversation } from './bird-conversation.type';
import { toMessage } from './bird-message.mapper';
import { BirdMessage } from './bird-message.type';
import { BirdParticipant } from './bird-participant.type';

const scope: BirdScope = { defaultWorkspace: SIM_WORKSPACE, links: createBirdLinks() };
const seed = (): BirdConversation => toConversation(parseConversation(seedConversation), SIM_WORKSPACE, scope);
const ref = { workspaceId: SIM_WORKSPACE, conversationId: '907798f8-fd72-44d5-8042-fcc05c1bb570' };

describe('toConversation on the seed', () => {
  it('fills the common fields, null where Bird cannot know', () => {
    const conversation = seed();
    expect(conversation).toBeInstanceOf(BirdConversation);
    expect(conversation).toMatchObject({
      id: 'bird:907798f8-fd72-44d5-8042-fcc05c1bb570', provider: Provider.BIRD, nativeId: '907798f8-fd72-44d5-8042-fcc05c1bb570',
      subject: 'test', status: ConversationStatus.OPEN, rawStatus: 'active', channel: Channel.EMAIL, rawChannel: 'email',
      createdAt: '2024-11-25T19:31:47.264Z', updatedAt: '2024-11-29T13:31:03.845Z', lastActivityAt: '2024-11-29T13:22:22.875Z',
      preview: 'Hey, listen!', messageCount: null, webUrl: null,
    });
    expect(conversation.raw).toEqual(seedConversation);
  });

  it('exposes every other seed value through a typed field', () => {
    expect(seed()).toMatchObject({
      workspaceId: SIM_WORKSPACE, name: 'test', description: '', visibility: 'public', accessibility: 'open',
      activeParticipantCount: 2, pendingParticipantCount: 0, channelId: 'cb4b1ebc-34e6-5a7a-a375-f6f2f131d88f', platformStyle: 'email',
      style: null, summary: null, spam: null, spamReason: null, hasDraft: null, lastIncomingMessageAt: null, lastOutgoingMessageAt: null,
    });
  });

  it('maps featured and initiating participants with role, address and the raw object', () => {
    const { featuredParticipants, initiatingParticipant } = seed();
    expect(featuredParticipants.map((p) => [p.displayName, p.role, p.email, p.participantType, p.status, p.avatarUrl])).toEqual([
      ['Lucas De Mitri', ParticipantRole.CUSTOMER, 'lucas@example.com', 'contact', 'active', null],
      ['My first email key', ParticipantRole.SYSTEM, null, 'accessKey', 'active', null],
    ]);
    expect(featuredParticipants[0]?.contact).toMatchObject({ identifierKey: 'emailaddress', identifierValue: 'lucas@example.com', platformAddress: 'lucas@example.com' });
    expect(featuredParticipants[0]?.id).toBe('bird:participant:907798f8-fd72-44d5-8042-fcc05c1bb570/8f0b5377-2edc-4116-a8e8-6a475f245a04');
    expect(initiatingParticipant).toMatchObject({ displayName: 'John Doe', email: 'john@example.com', role: ParticipantRole.CUSTOMER });
  });

  it('takes the customer from the featured contact without any request', async () => {
    await expect(seed()['loadCustomer']()).resolves.toMatchObject({ displayName: 'Lucas De Mitri', role: ParticipantRole.CUSTOMER });
  });

  it('exposes lastMessage as a preview message: text is the preview, the body is unknown', async () => {
    const last = await seed()['loadLastMessage']();
    expect(last).toBeInstanceOf(BirdMessage);
    expect(last).toMatchObject({
      id: 'bird:message:907798f8-fd72-44d5-8042-fcc05c1bb570/d578f436-b3b7-49e6-95c2-24b77bb4e7ce', nativeId: 'd578f436-b3b7-49e6-95c2-24b77bb4e7ce',
      isPreview: true, text: 'Hey, listen!', html: null, bodyType: 'text', direction: MessageDirection.OUTBOUND,
      deliveryStatus: DeliveryStatus.DELIVERED, rawDeliveryStatus: 'delivered', createdAt: '2024-11-29T13:22:22.875Z', attachmentCount: null,
    });
    expect(await last?.sender({} as never)).toMatchObject({ displayName: 'My first email key', role: ParticipantRole.SYSTEM });
    const recipients = await last?.recipients({} as never);
    expect(recipients?.[0]).toBeInstanceOf(BirdParticipant);
    expect(recipients?.[0]).toMatchObject({
      displayName: 'John Doe', email: 'john@example.com', role: ParticipantRole.CUSTOMER, recipientType: 'to', contactAnnotation: { name: 'John Doe' },
    });
  });

  it('has no assignee: Bird conversations carry no assignment', async () => {
    await expect(seed()['loadAssignee']()).resolves.toBeNull();
  });
});

describe('toConversation on other data', () => {
  it('uses the long id outside the default workspace and maps the documented extra fields', () => {
    const conversation = toConversation(parseConversation(otherConversation), SIM_OTHER_WORKSPACE, scope);
    expect(conversation.id).toBe(`bird:${SIM_OTHER_WORKSPACE}/299227f5-1c61-4341-ad50-efed5c048998`);
    expect(conversation).toMatchObject({
      description: 'Refund request ticket', style: 'default', summary: 'Re: Your refund request', spam: true, spamReason: 'advertisement',
      hasDraft: false, pendingParticipantCount: 1, lastIncomingMessageAt: '2024-01-01T00:00:00.123Z', lastOutgoingMessageAt: '2024-01-01T00:05:00.123Z',
    });
    expect(conversation.initiatingParticipant).toMatchObject({ phone: '+31612345678', email: null });
  });

  it('uses the long id when no default workspace is configured', () => {
    const conversation = toConversation(parseConversation(seedConversation), SIM_WORKSPACE, { ...scope, defaultWorkspace: undefined });
    expect(conversation.id).toBe(`bird:${SIM_WORKSPACE}/907798f8-fd72-44d5-8042-fcc05c1bb570`);
  });

  it('falls back to the later of the last incoming/outgoing times when there is no lastMessage', () => {
    const wire = parseConversation({ ...otherConversation, lastMessage: null });
    expect(toConversation(wire, SIM_OTHER_WORKSPACE, scope).lastActivityAt).toBe('2024-01-01T00:05:00.123Z');
  });

  it.each([
    ['active', ConversationStatus.OPEN],
    ['closed', ConversationStatus.CLOSED],
    ['archived', ConversationStatus.UNKNOWN],
  ])('maps status "%s" to %s and keeps the raw value', (status, expected) => {
    const conversation = toConversation(parseConversation({ ...seedConversation, status }), SIM_WORKSPACE, scope);
    expect([conversation.status, conversation.rawStatus]).toEqual([expected, status]);
  });
});

describe('channel mapping', () => {
  it('answers EMAIL from platformStyle "email" without a channel', () => {
    expect(channelOf('email', null)).toEqual({ channel: Channel.EMAIL, rawChannel: 'email' });
  });

  it('answers UNKNOWN with the style as raw value for another style when the channel was not read', () => {
    expect(channelOf('direct', null)).toEqual({ channel: Channel.UNKNOWN, rawChannel: 'direct' });
  });

  it('uses the channel platform for a non-email style', () => {
    const [, whatsapp] = seedChannels[1] ?? [];
    expect(channelOf('direct', parseChannel(whatsapp))).toEqual({ channel: Channel.WHATSAPP, rawChannel: 'whatsapp' });
  });

  it.each([
    ['sms-messagebird', Channel.SMS], ['whatsapp', Channel.WHATSAPP], ['email-sparkpost', Channel.EMAIL], ['instagram', Channel.SOCIAL],
    ['telegram', Channel.CHAT], ['voice', Channel.PHONE], ['carrier-pigeon', Channel.UNKNOWN],
  ])('maps platform "%s" to %s', (platformId, expected) => {
    expect(platformChannel(platformId)).toBe(expected);
  });

  it('maps a channel object with its medium and raw body', () => {
    const [, email] = seedChannels[0] ?? [];
    expect(toChannel(parseChannel(email))).toMatchObject({ platformId: 'email-sparkpost', medium: Channel.EMAIL, name: 'Support e-mail', raw: email });
  });
});

describe('toMessage and toParticipant', () => {
  it('maps an html message with its body, metadata and an inbound direction', () => {
    const message = toMessage(parseMessage(seedMessages[0]), ref, scope);
    expect(message).toMatchObject({
      isPreview: false, text: 'test\r\n', html: '<p>test</p>', attachmentCount: 0, bodyType: 'html', direction: MessageDirection.INBOUND,
      reference: '3e75a9d2-2a54-45ac-856a-bbe02f874332', draft: false, source: 'channels', receiverTypes: ['to'],
      meta: { extraInformation: { email_headers: 'eyJTdWJqZWN0IjpbInRlc3QiXX0=' } }, updatedAt: '2024-11-25T19:31:47.264Z',
      body: { type: 'html', html: { text: 'test\r\n', html: '<p>test</p>' } }, interactions: null,
    });
  });

  it.each([
    ['accepted', DeliveryStatus.QUEUED], ['processing', DeliveryStatus.QUEUED], ['sent', DeliveryStatus.SENT], ['delivered', DeliveryStatus.DELIVERED],
    ['read', DeliveryStatus.READ], ['sending_failed', DeliveryStatus.FAILED], ['delivery_failed', DeliveryStatus.FAILED], ['teleported', DeliveryStatus.UNKNOWN],
  ])('maps message status "%s" to %s', (status, expected) => {
    const message = toMessage(parseMessage({ ...seedMessages[1], status }), ref, scope);
    expect([message.deliveryStatus, message.rawDeliveryStatus]).toEqual([expected, status]);
  });

  it.each([
    ['contact', ParticipantRole.CUSTOMER, MessageDirection.INBOUND], ['user', ParticipantRole.AGENT, MessageDirection.OUTBOUND],
    ['accessKey', ParticipantRole.SYSTEM, MessageDirection.OUTBOUND], ['flow', ParticipantRole.BOT, MessageDirection.OUTBOUND],
    ['robot', ParticipantRole.UNKNOWN, MessageDirection.UNKNOWN],
  ])('maps a "%s" sender to role %s and direction %s', (type, role, direction) => {
    const sender = { id: 'p1', type, displayName: 'Someone' };
    const message = toMessage(parseMessage({ ...seedMessages[1], sender }), ref, scope);
    expect(message.direction).toBe(direction);
    expect(message.senderValue).toBeInstanceOf(BirdParticipant);
    expect(message.senderValue?.role).toBe(role);
  });

  it('counts image attachments and leaves text null for a body type without text', () => {
    const body = { type: 'image', image: { images: [{ mediaUrl: 'https://media.api.bird.com/a.png' }, { mediaUrl: 'https://media.api.bird.com/b.png' }] } };
    expect(toMessage(parseMessage({ ...seedMessages[1], body }), ref, scope)).toMatchObject({ text: null, html: null, attachmentCount: 2, bodyType: 'image' });
  });
});
