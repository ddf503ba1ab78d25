import { failureOf } from '../../../../test/support/errors';
import { seedConversation } from '../simulator/seed';
import { parseConversation } from './conversation.wire';

describe('Help Scout conversation wire schema', () => {
  it('parses the seed conversation with every documented field', () => {
    const wire = parseConversation({ ...seedConversation(), _embedded: { threads: [] } });
    expect(wire).toMatchObject({
      id: 123, number: 12, threads: 2, type: 'email', status: 'closed', state: 'published', closedBy: 14,
      customerWaitingSince: { time: '2012-07-24T20:18:33Z', friendly: '20 hours ago' },
      snooze: { snoozedBy: 4, unsnoozeOnCustomerReply: true },
      nextEvent: { eventType: 'snooze', userId: 4, cancelOnCustomerReply: true },
    });
    expect(wire.customFields).toHaveLength(2);
    expect(wire._embedded?.threads).toEqual([]);
  });

  it('accepts extra fields and documented nulls', () => {
    const wire = parseConversation({ ...seedConversation(), brandNewField: { x: 1 }, closedAt: null, assignee: null, snooze: null });
    expect(wire.closedAt).toBeNull();
    expect(wire.assignee).toBeNull();
  });

  it.each([
    ['an id that is a string', { id: '123' }, 'id'],
    ['a status that is a number', { status: 3 }, 'status'],
    ['a createdAt that is not a date-time', { createdAt: 'yesterday' }, 'createdAt'],
    ['a tag without its name', { tags: [{ id: 1 }] }, 'tags.0.tag'],
    ['a person without an id', { primaryCustomer: { first: 'Rob' } }, 'primaryCustomer.id'],
  ])('refuses a conversation with %s as PROVIDER_BAD_RESPONSE naming the path', (_, change, path) => {
    const error = failureOf(() => parseConversation({ ...seedConversation(), ...change }));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toContain(path);
  });

  it('refuses a truncated conversation missing its required status', () => {
    expect(failureOf(() => parseConversation({ id: 123 })).message).toContain('status');
  });
});
