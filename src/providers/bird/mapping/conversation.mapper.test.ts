import { fakeLinkIO, linkContextOf } from '../../../../test/support/link-context';
import { Channel, ConversationStatus, DeliveryStatus, MessageDirection, ParticipantRole } from '../../../schema/enums';
import { BirdConversation } from '../graphql/conversation.type';
import { BirdMessage } from '../graphql/message.type';
import { BirdParticipant } from '../graphql/participant.type';
import { BIRD } from '../identity';
import { otherConversation, seedConversation, SIM_OTHER_WORKSPACE, SIM_WORKSPACE } from '../simulator/seed';
import { parseConversation } from '../wire/conversation.wire';
import { toConversation } from './conversation.mapper';
import type { BirdScope } from './scope.mapper';

const unexpected = (): never => {
  throw new Error('a mapper must not follow links');
};
// Mapping never fetches: links that fail when followed.
const scope: BirdScope = {
  defaultWorkspace: SIM_WORKSPACE,
  links: { messages: unexpected, participants: unexpected, channel: unexpected, fullMessage: unexpected },
};

// A request context whose IO fails on any request: embedded links must answer without one.
const ctx = linkContextOf(fakeLinkIO({ baseUrl: new URL('https://api.bird.com/') }), BIRD.slug);

const seed = (): BirdConversation => toConversation(parseConversation(seedConversation), SIM_WORKSPACE, scope);

describe('toConversation on the seed', () => {
  it('fills the common fields, null where Bird cannot know', () => {
    const conversation = seed();
    expect(conversation).toBeInstanceOf(BirdConversation);
    expect(conversation).toMatchObject({
      id: 'bird:907798f8-fd72-44d5-8042-fcc05c1bb570', provider: BIRD.name, nativeId: '907798f8-fd72-44d5-8042-fcc05c1bb570',
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
    expect(featuredParticipants?.map((p) => [p.displayName, p.role, p.email, p.participantType, p.status, p.avatarUrl])).toEqual([
      ['Lucas De Mitri', ParticipantRole.CUSTOMER, 'lucas@example.com', 'contact', 'active', null],
      ['My first email key', ParticipantRole.SYSTEM, null, 'accessKey', 'active', null],
    ]);
    expect(featuredParticipants?.[0]?.contact).toMatchObject({ identifierKey: 'emailaddress', identifierValue: 'lucas@example.com', platformAddress: 'lucas@example.com' });
    expect(featuredParticipants?.[0]?.id).toBe('bird:participant:907798f8-fd72-44d5-8042-fcc05c1bb570/8f0b5377-2edc-4116-a8e8-6a475f245a04');
    expect(initiatingParticipant).toMatchObject({ displayName: 'John Doe', email: 'john@example.com', role: ParticipantRole.CUSTOMER });
  });

  it('takes the customer from the featured contact without any request', async () => {
    await expect(seed().customer(ctx)).resolves.toMatchObject({ displayName: 'Lucas De Mitri', role: ParticipantRole.CUSTOMER });
  });

  it('exposes lastMessage as a preview message: text is the preview, the body is unknown', async () => {
    const last = await seed().lastMessage(ctx);
    expect(last).toBeInstanceOf(BirdMessage);
    expect(last).toMatchObject({
      id: 'bird:message:907798f8-fd72-44d5-8042-fcc05c1bb570/d578f436-b3b7-49e6-95c2-24b77bb4e7ce', nativeId: 'd578f436-b3b7-49e6-95c2-24b77bb4e7ce',
      isPreview: true, text: 'Hey, listen!', html: null, bodyType: 'text', direction: MessageDirection.OUTBOUND,
      deliveryStatus: DeliveryStatus.DELIVERED, rawDeliveryStatus: 'delivered', createdAt: '2024-11-29T13:22:22.875Z', attachmentCount: null,
    });
    expect(await last?.sender(ctx)).toMatchObject({ displayName: 'My first email key', role: ParticipantRole.SYSTEM });
    const recipients = await last?.recipients(ctx);
    expect(recipients?.[0]).toBeInstanceOf(BirdParticipant);
    expect(recipients?.[0]).toMatchObject({
      displayName: 'John Doe', email: 'john@example.com', role: ParticipantRole.CUSTOMER, recipientType: 'to', contactAnnotation: { name: 'John Doe' },
    });
  });

  it('has no assignee: Bird conversations carry no assignment', async () => {
    await expect(seed().assignee(ctx)).resolves.toBeNull();
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
