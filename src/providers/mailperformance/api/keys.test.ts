import { failureOf } from '../../../../test/support/errors';
import { eventKey, parseCode, parseEventKey, parseMessageKey } from './keys';

const SEED = '6dc5cd3d-e233-4359-be70-088833f89bff';

describe('MailPerformance keys', () => {
  it('gives an upper-case message UUID its lower-case canonical form', () => {
    expect(parseMessageKey(SEED.toUpperCase())).toBe(SEED);
  });

  it('round-trips an event key and lower-cases its message id', () => {
    expect(parseEventKey(eventKey(SEED, 12))).toEqual({ messageId: SEED, index: 12 });
    expect(parseEventKey(`${SEED.toUpperCase()}.0`)).toEqual({ messageId: SEED, index: 0 });
  });

  it.each([[`${SEED}`], [`${SEED}.01`], [`${SEED}.-1`], [`${SEED}.1234567`], ['000QE6KY.1']])('refuses the event key %j with BAD_USER_INPUT', (key) => {
    expect(failureOf(() => parseEventKey(key)).extensions).toEqual({ code: 'BAD_USER_INPUT', provider: 'mailperformance' });
  });

  it.each([['..'], ['000QE6KY/x'], [''], ['A'.repeat(33)]])('refuses the code %j with BAD_USER_INPUT', (key) => {
    expect(failureOf(() => parseCode(key, 'target')).extensions).toEqual({ code: 'BAD_USER_INPUT', provider: 'mailperformance' });
  });
});
