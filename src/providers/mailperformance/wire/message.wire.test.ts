import { failureOf } from '../../../../test/support/errors';
import { GENERATED_MESSAGE_COUNT, PAGING_MESSAGE_ID, SEED_MESSAGE, simData } from '../simulator/seed';
import { readMessage } from './message.wire';

const reasons = (body: unknown) => readMessage(body).defects.messages;

describe('MailPerformance message wire schema', () => {
  it('reads the seed response without defects and keeps the untouched body as raw', () => {
    const read = readMessage(SEED_MESSAGE);
    expect(read.wire).toEqual({
      type: 'message', media: 'mail', id: '6dc5cd3d-e233-4359-be70-088833f89bff', actionId: '000JKG', target: '000QE6KY',
      events: SEED_MESSAGE['events'],
    });
    expect(read.raw).toBe(SEED_MESSAGE);
    expect(read.defects.isEmpty).toBe(true);
  });

  it('accepts extra fields and a message with nothing but its id', () => {
    expect(readMessage({ id: SEED_MESSAGE['id'], extra: { nested: 1 } }).wire).toEqual({ id: SEED_MESSAGE['id'] });
  });

  it.each([
    ['events is not an array', { ...SEED_MESSAGE, events: 'none' }, 'message.events: '],
    ['the target code could escape its path', { ...SEED_MESSAGE, target: '../actions/000JKG' }, 'message.target: expected an alphanumeric MailPerformance code'],
    ['the action code is a URL', { ...SEED_MESSAGE, actionId: 'https://evil.example/x' }, 'message.actionId: expected an alphanumeric MailPerformance code'],
    ['media is a number', { ...SEED_MESSAGE, media: 3 }, 'message.media: '],
  ])('leaves out only the part that does not validate when %s, naming its path', (_, body, reason) => {
    expect(reasons(body)).toEqual([expect.stringContaining(reason)]);
  });

  it('leaves the code out rather than ever putting a hostile target code in a path', () => {
    expect(readMessage({ ...SEED_MESSAGE, target: '../../actions/000JKG' }).wire.target).toBeUndefined();
  });

  it.each([
    ['the id is not a UUID', { ...SEED_MESSAGE, id: 42 }, /message\.id: /],
    ['the id is missing', { type: 'message' }, /message\.id: /],
    ['the body is not an object', [SEED_MESSAGE], /message: expected a JSON object/],
  ])('refuses the whole message with PROVIDER_BAD_RESPONSE when %s', (_, body, message) => {
    expect(failureOf(() => readMessage(body))).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(message) });
  });

  describe('against the simulator data', () => {
    const data = simData();

    it(`reads all ${GENERATED_MESSAGE_COUNT} generated messages without a defect`, () => {
      expect(data.generatedIds.filter((id) => !readMessage(data.messages.get(id)).defects.isEmpty)).toEqual([]);
    });

    it('reads the 250-event paging message', () => {
      expect(readMessage(data.messages.get(PAGING_MESSAGE_ID)).wire.events).toHaveLength(250);
    });
  });
});
