import { failureOf } from '../../../../test/support/errors';
import { seedConversation } from '../simulator/seed';
import { readConversation } from './conversation.wire';

describe('Help Scout conversation wire schema', () => {
  it('reads the seed conversation with every documented field and no defect', () => {
    const { wire, defects } = readConversation({ ...seedConversation(), _embedded: { threads: [] } });
    expect(wire).toMatchObject({
      id: 123, number: 12, threads: 2, type: 'email', status: 'closed', state: 'published', closedBy: 14,
      customerWaitingSince: { time: '2012-07-24T20:18:33Z', friendly: '20 hours ago' },
      snooze: { snoozedBy: 4, unsnoozeOnCustomerReply: true },
      nextEvent: { eventType: 'snooze', userId: 4, cancelOnCustomerReply: true },
    });
    expect(wire.customFields).toHaveLength(2);
    expect(wire._embedded?.threads).toEqual([]);
    expect(defects.isEmpty).toBe(true);
  });

  it('accepts extra fields and documented nulls', () => {
    const { wire } = readConversation({ ...seedConversation(), brandNewField: { x: 1 }, closedAt: null, assignee: null, snooze: null });
    expect(wire.closedAt).toBeNull();
    expect(wire.assignee).toBeNull();
  });

  it('reads a number custom field value (issue 8 shape 10) as the number it is', () => {
    const { wire, defects } = readConversation({ ...seedConversation(), customFields: [{ id: 7, name: 'Seats', value: 42, text: '42' }] });
    expect(wire.customFields).toEqual([{ id: 7, name: 'Seats', value: 42, text: '42' }]);
    expect(defects.isEmpty).toBe(true);
  });

  it('reads status and type of any JSON type as text, so an unknown value never costs the field', () => {
    const { wire, defects } = readConversation({ ...seedConversation(), status: 3, type: { kind: 'email' } });
    expect([wire.status, wire.type]).toEqual(['3', '{"kind":"email"}']);
    expect(defects.isEmpty).toBe(true);
  });

  it.each([
    ['a createdAt that is not a date-time', { createdAt: 'yesterday' }, 'createdAt', 'conversation.createdAt: expected an RFC 3339 date-time'],
    ['a tag whose name is a number', { tags: [{ id: 1, tag: 5 }] }, 'tags', 'conversation.tags.0.tag: Invalid input: expected string, received number'],
    ['a person without an id', { primaryCustomer: { first: 'Rob' } }, 'primaryCustomer', 'conversation.primaryCustomer: Invalid input: expected number, received undefined'],
  ])('leaves out %s and records it, keeping the rest', (_, change, key, message) => {
    const { wire, defects } = readConversation({ ...seedConversation(), ...change });
    expect(wire.subject).toBe('Help');
    expect(defects.messages).toEqual([message]);
    expect(defects.forFields()?.reasons[key]).toBe(message);
  });

  it('refuses only a conversation whose id cannot be read, naming the path', () => {
    const error = failureOf(() => readConversation({ ...seedConversation(), id: '123' }));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toBe('helpscout answered with data Parley cannot read: conversation.id: Invalid input: expected number, received string');
  });

  it('reads a truncated conversation that has only its id', () => {
    expect(readConversation({ id: 123 }).wire).toEqual({ id: 123 });
  });
});
