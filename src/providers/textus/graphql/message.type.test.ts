import { fakeLinkIO, linkContextOf } from '../../../../test/support/link-context';
import { MessageDirection } from '../../../schema/enums';
import { TEXTUS } from '../identity';
import type { TextUsLinks, TextUsPeopleRef } from './links';
import { TextUsConversationEvent, TextUsMessage } from './message.type';
import { TextUsContact, TextUsUser } from './participant.type';

const fail = (): never => {
  throw new Error('this link must not be followed');
};
const io = fakeLinkIO();
const ctx = linkContextOf(io, TEXTUS.slug);
const contact = new TextUsContact();
const user = new TextUsUser();
const people: TextUsPeopleRef = { conversationKey: 'kY1QwY', contacts: '/conversations/kY1QwY/associated_contacts', users: null };

function links(overrides: Partial<TextUsLinks>): TextUsLinks {
  return {
    messages: fail, firstTimelinePage: fail, newestMessage: fail, contacts: fail, users: fail, everyone: fail,
    assignments: fail, timeline: fail, item: fail, userInfo: fail, user: fail, contactOf: fail, ...overrides,
  };
}

/** Only the fields the link hooks read; the mappers' tests cover complete objects. */
function message(direction: MessageDirection, fields: Pick<TextUsMessage, 'links'> & Partial<Pick<TextUsMessage, 'senderPath' | 'conversationKey' | 'people'>>): TextUsMessage {
  const built = new TextUsMessage();
  built.provider = TEXTUS.name;
  built.direction = direction;
  built.senderPath = fields.senderPath ?? null;
  built.conversationKey = fields.conversationKey ?? 'kY1QwY';
  built.people = fields.people ?? null;
  built.links = fields.links;
  return built;
}

describe('TextUs message links', () => {
  it('follows the sender link of an outbound message, with the request IO', async () => {
    const follow = jest.fn(() => Promise.resolve(user));
    expect(await message(MessageDirection.OUTBOUND, { senderPath: '/users/hikvlD', links: links({ user: follow }) }).sender(ctx)).toBe(user);
    expect(follow).toHaveBeenCalledWith('/users/hikvlD', io);
  });

  it('answers the contact of the conversation an inbound message was read in, from that conversation', async () => {
    const contacts = jest.fn(() => Promise.resolve({ members: [contact] } as never));
    const sender = await message(MessageDirection.INBOUND, { people, links: links({ contacts }) }).sender(ctx);
    expect(sender).toBe(contact);
    expect(contacts).toHaveBeenCalledWith(people, io);
  });

  it('reads the conversation an inbound message fetched alone names, for its contact', async () => {
    const contactOf = jest.fn(() => Promise.resolve(contact));
    expect(await message(MessageDirection.INBOUND, { conversationKey: 'JYnJBY', links: links({ contactOf }) }).sender(ctx)).toBe(contact);
    expect(contactOf).toHaveBeenCalledWith('JYnJBY', io);
  });

  it('names the contact as the recipient of an outbound message only', async () => {
    const contacts = jest.fn(() => Promise.resolve({ members: [contact] } as never));
    expect(await message(MessageDirection.OUTBOUND, { people, links: links({ contacts }) }).recipients(ctx)).toEqual([contact]);
    expect(await message(MessageDirection.INBOUND, { people, links: links({ contacts }) }).recipients(ctx)).toEqual([]);
  });

  it('gives an event the user who caused it as sender, and no request without a user link', async () => {
    const follow = jest.fn(() => Promise.resolve(user));
    const event = new TextUsConversationEvent();
    event.provider = TEXTUS.name;
    event.userPath = '/users/wqyODPA';
    event.assigneePath = null;
    event.links = links({ user: follow });
    expect(await event.sender(ctx)).toBe(user);
    expect(await event.assignee(ctx)).toBeNull();
    expect(follow).toHaveBeenCalledTimes(1);
  });
});
