import { Channel, ConversationStatus } from '../../../schema/enums';
import { TextUsConversation } from '../graphql/conversation.type';
import type { TextUsLinks } from '../graphql/links';
import { TextUsMessage } from '../graphql/message.type';
import { seedConversation } from '../simulator/seed';
import { parseConversation } from '../wire/conversation.wire';
import { mapConversation, mapStatus } from './conversation.mapper';

/** The mappers only hand links on; a test that follows one has a bug. */
const fail = (): never => {
  throw new Error('a mapper must not follow links');
};
const links: TextUsLinks = {
  messages: fail, firstTimelinePage: fail, newestMessage: fail, contacts: fail, users: fail, everyone: fail,
  assignments: fail, timeline: fail, item: fail, userInfo: fail, user: fail, contactOf: fail,
};

const seed = (): TextUsConversation => mapConversation(parseConversation(seedConversation()), links);

describe('TextUs conversation mapper', () => {
  it('maps the example to the common fields, null where TextUs sends nothing', () => {
    const conversation = seed();
    expect(conversation).toBeInstanceOf(TextUsConversation);
    expect(conversation).toMatchObject({
      id: 'textus:kY1QwY', provider: 'TEXT_US', nativeId: 'kY1QwY', subject: null,
      status: ConversationStatus.OPEN, rawStatus: 'open', channel: Channel.SMS, rawChannel: null,
      createdAt: null, updatedAt: '2020-05-21T20:07:20.862Z', lastActivityAt: '2020-05-21T20:07:20.862Z',
      preview: 'He once made a weeping willow laugh', messageCount: 3, webUrl: null,
    });
    expect(conversation.raw).toEqual(seedConversation());
  });

  it('maps the example values to typed TextUs fields', () => {
    const conversation = seed();
    expect(conversation).toMatchObject({
      slug: 'kY1QwY', currentState: 'open', accountPath: '/accounts/sanford.llc',
      requestingUserInfoPath: '/conversations/kY1QwY/user_info', phoneNumber: '+13035551234',
      formattedPhoneNumber: '(303) 555-1234', assignedContactPath: null,
      assignmentsPath: '/conversations/kY1QwY/assignments', unanswered: false, unsubscribed: false, blocked: false,
      statsPath: '/conversations/Pvwqm5G/stats',
      jsonLd: { path: '/conversations/kY1QwY', type: 'Conversation', context: '/contexts/Conversation.jsonld' },
      actions: {
        assignContact: '/conversations/kY1QwY/assign_contact', reopenConversation: null,
        closeConversation: '/conversations/kY1QwY/close', readConversation: '/conversations/kY1QwY/read',
        unreadConversation: '/conversations/kY1QwY/read', starConversation: '/conversations/kY1QwY/star',
        unstarConversation: '/conversations/kY1QwY/star', blockConversation: '/conversations/Pvwqm5/block',
        unblockConversation: null, subscribeConversation: null, unsubscribeConversation: '/conversations/Pvwq8zp/subscribe',
      },
      embeddedTimeline: {
        totalItems: 3, latestPosition: '2020-05-21T20:07:20.862Z',
        jsonLd: { path: '/conversations/kY1QwY/timeline', type: 'hydra:Collection' },
        view: { first: '/conversations/kY1QwY/timeline', next: null, previous: null },
      },
    });
    expect(conversation.latestItemRef).toBeInstanceOf(TextUsMessage);
    expect((conversation.latestItemRef as TextUsMessage).id).toBe('textus:message:06oyogE');
  });

  it('maps status "closed" to CLOSED', () => {
    expect(mapStatus('closed')).toBe(ConversationStatus.CLOSED);
  });

  it('maps an unknown currentState to UNKNOWN and keeps it in rawStatus', () => {
    const conversation = mapConversation(parseConversation({ ...seedConversation(), currentState: 'snoozed' }), links);
    expect(conversation).toMatchObject({ status: ConversationStatus.UNKNOWN, rawStatus: 'snoozed', currentState: 'snoozed' });
  });

  it('leaves the user-info link null in the list shape, which embeds the info', () => {
    const conversation = mapConversation(parseConversation({ ...seedConversation(), requestingUserInfo: { read: true } }), links);
    expect(conversation.requestingUserInfoPath).toBeNull();
  });

  it('hands the links to the conversation, its timeline and its latest item', () => {
    const conversation = seed();
    expect(conversation.links).toBe(links);
    expect(conversation.embeddedTimeline?.links).toBe(links);
    expect((conversation.latestItemRef as TextUsMessage).links).toBe(links);
  });

  it('keeps embedded contacts, users and user-info links for the link fields', () => {
    const conversation = seed();
    expect(conversation.peopleRef).toMatchObject({
      conversationKey: 'kY1QwY',
      contacts: { totalItems: 1, members: [{ id: 'textus:contact:Vled2N' }] },
      users: { totalItems: 1, members: [{ id: 'textus:user:wqyODPA' }] },
    });
    expect(conversation.userInfoRef).toBe('/conversations/kY1QwY/user_info');
    expect(conversation.latestPreviewableItemSent).toBe(true);
  });

  it('knows the embedded first timeline page is the only one when it links to no older page', () => {
    expect(seed().timelineRef).toMatchObject({ path: '/conversations/kY1QwY/timeline', olderThanFirst: null, totalItems: 3 });
  });

  it('leaves the older-page link unknown when the list shape embeds the timeline without members', () => {
    const summary = { ...(seedConversation()['timeline'] as Record<string, unknown>) };
    delete summary['members'];
    const conversation = mapConversation(
      parseConversation({ ...seedConversation(), timeline: summary, associatedContacts: '/conversations/kY1QwY/associated_contacts' }),
      links,
    );
    expect(conversation.timelineRef.olderThanFirst).toBeUndefined();
    expect(conversation.peopleRef.contacts).toBe('/conversations/kY1QwY/associated_contacts');
  });
});
