import { failureOf } from '../../../../test/support/errors';
import { seedConversation } from '../simulator/seed';
import { parseConversation, parseConversationPage } from './conversation.wire';

describe('TextUs conversation parsers', () => {
  describe('conversation', () => {
    it('parses the documented example with its embedded collections and timeline', () => {
      const { wire } = parseConversation(seedConversation());
      expect(wire.slug).toBe('kY1QwY');
      expect(wire.timeline?.members?.map((item) => item.wire.id)).toEqual([
        '/messages/06oyogE', '/messages/QNDkpL', '/conversation_events/Pvwqm5G',
      ]);
      expect(typeof wire.participants === 'object' && wire.participants?.members[0]?.wire.name).toBe('Chuck Norris');
      expect(typeof wire.associatedContacts === 'object' && wire.associatedContacts?.members[0]?.wire.name).toBe('Jamel Hirthe');
    });

    it('keeps the untouched object, unknown fields included, as raw', () => {
      const body = { ...seedConversation(), futureField: { nested: [1, 2] } };
      const parsed = parseConversation(body);
      expect(parsed.raw).toEqual(body);
      const event = (seedConversation()['timeline'] as { members: unknown[] }).members[2];
      expect(parsed.wire.timeline?.members?.[2]?.raw).toEqual(event);
    });

    it('answers PROVIDER_BAD_RESPONSE naming the field when the slug is a number', () => {
      const error = failureOf(() => parseConversation({ ...seedConversation(), slug: 42 }));
      expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
      expect(error.message).toContain('slug');
    });

    it('answers PROVIDER_BAD_RESPONSE when the body stops after its first keys', () => {
      const error = failureOf(() => parseConversation({ '@type': 'Conversation', id: '/conversations/kY1QwY' }));
      expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
      expect(error.message).toContain('slug');
    });

    it('answers PROVIDER_BAD_RESPONSE when the id is not a /conversations/<slug> path', () => {
      const error = failureOf(() => parseConversation({ ...seedConversation(), id: 'https://elsewhere.example/x' }));
      expect(error.message).toContain('id');
    });

    it('answers PROVIDER_BAD_RESPONSE naming the path when an embedded user has the wrong type', () => {
      const body = seedConversation();
      const participants = { ...(body['participants'] as object), members: [{ ...seedUser(), automatedActor: 'no' }] };
      const error = failureOf(() => parseConversation({ ...body, participants }));
      expect(error.message).toContain('participants');
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
  });

  it('parses a conversation list page with its view', () => {
    const parsed = parseConversationPage({
      '@type': 'ConversationCollection', id: '/sanford.llc/conversation_filters/all/conversations', totalItems: 1,
      members: [seedConversation()], view: { first: '/x', next: null, previous: null },
    });
    expect(parsed.members[0]?.wire.slug).toBe('kY1QwY');
  });
});

function seedUser(): Record<string, unknown> {
  const participants = seedConversation()['participants'] as { members: Record<string, unknown>[] };
  return { ...participants.members[0] };
}
