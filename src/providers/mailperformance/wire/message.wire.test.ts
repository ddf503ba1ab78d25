import { failureOf } from '../../../../test/support/errors';
import { GENERATED_MESSAGE_COUNT, PAGING_MESSAGE_ID, SEED_MESSAGE, simData } from '../simulator/seed';
import { parseMessage, rawEvents } from './message.wire';

describe('MailPerformance message wire schema', () => {
  it('parses the seed response and keeps the untouched body as raw', () => {
    const parsed = parseMessage(SEED_MESSAGE);
    expect(parsed.wire).toEqual({
      type: 'message', media: 'mail', id: '6dc5cd3d-e233-4359-be70-088833f89bff', actionId: '000JKG', target: '000QE6KY',
      events: [
        { type: 'requested', date: '2017-03-31T07:48:16.378Z' },
        { type: 'received', origin: 'smtp', date: '2017-03-31T07:48:20Z', recipient: 'xxx@yyy.com' },
      ],
    });
    expect(parsed.raw).toBe(SEED_MESSAGE);
    expect(rawEvents(parsed.raw)).toEqual(SEED_MESSAGE['events']);
  });

  it('accepts extra fields and null optional event fields', () => {
    const body = { ...SEED_MESSAGE, extra: { nested: 1 }, events: [{ type: 'bounced', date: '2020-01-01T00:00:00Z', origin: null, recipient: null, code: 5 }] };
    expect(parseMessage(body).wire.events).toEqual([{ type: 'bounced', date: '2020-01-01T00:00:00Z', origin: null, recipient: null }]);
  });

  it.each([
    ['events is not an array', { ...SEED_MESSAGE, events: 'none' }, 'events'],
    ['an event date is not RFC 3339', { ...SEED_MESSAGE, events: [{ type: 'requested', date: '31/03/2017' }] }, 'events.0.date'],
    ['the id is not a UUID', { ...SEED_MESSAGE, id: 42 }, 'id'],
    ['the target code could escape its path', { ...SEED_MESSAGE, target: '../actions/000JKG' }, 'target'],
    ['the action code is a URL', { ...SEED_MESSAGE, actionId: 'https://evil.example/x' }, 'actionId'],
  ])('answers PROVIDER_BAD_RESPONSE naming the path when %s', (_, body, path) => {
    expect(failureOf(() => parseMessage(body)))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(new RegExp(`message: ${path.replace('.', '\\.')}:`)) });
  });

  it('answers PROVIDER_BAD_RESPONSE when the body is truncated to its first fields', () => {
    expect(failureOf(() => parseMessage({ type: 'message', media: 'mail', id: SEED_MESSAGE['id'] })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/actionId/) });
  });

  it('answers PROVIDER_BAD_RESPONSE when the body is not an object', () => {
    expect(failureOf(() => parseMessage([SEED_MESSAGE])).code).toBe('PROVIDER_BAD_RESPONSE');
  });

  describe('against the simulator data', () => {
    const data = simData();

    it(`parses all ${GENERATED_MESSAGE_COUNT} generated messages as mail with at least one event`, () => {
      const generated = data.generatedIds.map((id) => parseMessage(data.messages.get(id)).wire);
      expect(generated.every((m) => m.media === 'mail' && m.events.length > 0)).toBe(true);
    });

    it('parses the 250-event paging message', () => {
      expect(parseMessage(data.messages.get(PAGING_MESSAGE_ID)).wire.events).toHaveLength(250);
    });
  });
});
