import { failureOf } from '../../../../test/support/errors';
import { seedConversation } from '../simulator/seed';
import { parseConversation, parseConversationPage } from './conversation.wire';

type Json = Record<string, unknown>;

describe('TextUs conversation parsers', () => {
  describe('conversation', () => {
    it('parses the documented example with its embedded collections and timeline page', () => {
      const { wire, defects } = parseConversation(seedConversation());
      expect(defects.isEmpty).toBe(true);
      expect(wire.slug).toBe('kY1QwY');
      const timeline = wire.timeline as { members: Json[] };
      expect(timeline.members.map((item) => item['id'])).toEqual(['/messages/06oyogE', '/messages/QNDkpL', '/conversation_events/Pvwqm5G']);
      expect(typeof wire.participants === 'object' && wire.participants?.members?.[0]?.wire.name).toBe('Chuck Norris');
      expect(typeof wire.associatedContacts === 'object' && wire.associatedContacts?.members?.[0]?.wire.name).toBe('Jamel Hirthe');
    });

    it('keeps the untouched object, unknown fields included, as raw', () => {
      const body = { ...seedConversation(), futureField: { nested: [1, 2] } };
      expect(parseConversation(body).raw).toEqual(body);
    });

    it('reads a slug that is a number as absent (the id still names the conversation) and records it', () => {
      const { wire, defects } = parseConversation({ ...seedConversation(), slug: 42 });
      expect(wire.slug).toBeUndefined();
      expect(defects.messages).toEqual(['conversation.slug: Invalid input: expected string, received number']);
    });

    it('reads a body that stops after its id', () => {
      const { wire } = parseConversation({ '@type': 'Conversation', id: '/conversations/kY1QwY' });
      expect(wire).toEqual({ '@type': 'Conversation', id: '/conversations/kY1QwY' });
    });

    it('answers PROVIDER_BAD_RESPONSE naming the id when it is not a /conversations/<slug> path', () => {
      const error = failureOf(() => parseConversation({ ...seedConversation(), id: 'https://elsewhere.example/x' }));
      expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
      expect(error.message).toBe('textus answered with data Parley cannot read: conversation.id: expected an id like /conversations/<slug>');
    });

    it('leaves out only the broken leaf of an embedded user and records its path', () => {
      const body = seedConversation();
      const participants = { ...(body['participants'] as Json), members: [{ ...seedUser(), automatedActor: 'no' }] };
      const { wire, defects } = parseConversation({ ...body, participants });
      expect(typeof wire.participants === 'object' && wire.participants?.members?.[0]?.wire.name).toBe('Chuck Norris');
      expect(defects.messages).toEqual(['conversation.participants.members.0.automatedActor: Invalid input: expected boolean, received string']);
    });

    it('parses the list shape, where associatedContacts is a link and requestingUserInfo is embedded', () => {
      const { wire } = parseConversation({
        ...seedConversation(),
        associatedContacts: '/conversations/kY1QwY/associated_contacts',
        requestingUserInfo: { read: false, readToTimelinePosition: null, starred: true, assigned: false },
      });
      expect(wire.associatedContacts).toBe('/conversations/kY1QwY/associated_contacts');
      expect(typeof wire.requestingUserInfo === 'object' && wire.requestingUserInfo?.wire.starred).toBe(true);
    });

    it('parses the linked and embedded variants: account object, assignments collection, item and timeline links', () => {
      const { wire, defects } = parseConversation({
        ...seedConversation(),
        account: { '@type': 'Account', id: '/accounts/my_account', name: 'Example Account' },
        assignments: { '@type': 'hydra:Collection', id: '/conversations/kY1QwY/assignments', totalItems: 0, members: [] },
        latestPreviewableItem: '/messages/06oyogE',
        timeline: '/conversations/kY1QwY/timeline',
      });
      expect(defects.isEmpty).toBe(true);
      expect(wire).toMatchObject({ latestPreviewableItem: '/messages/06oyogE', timeline: '/conversations/kY1QwY/timeline' });
      expect(typeof wire.account === 'object' && wire.account?.wire.name).toBe('Example Account');
    });
  });

  it('parses a conversation list page with its view, members left for one-by-one reading', () => {
    const { wire } = parseConversationPage({
      '@type': 'ConversationCollection', id: '/sanford.llc/conversation_filters/all/conversations', totalItems: 1,
      members: [seedConversation()], view: { first: '/x', next: null, previous: null },
    });
    expect(wire.members).toHaveLength(1);
  });
});

function seedUser(): Json {
  const participants = seedConversation()['participants'] as { members: Json[] };
  return { ...participants.members[0] };
}
