import { failureOf } from '../../../../test/support/errors';
import { SEED_ACTION, simData } from '../simulator/seed';
import { parseAction } from './action.wire';

describe('MailPerformance action wire schema', () => {
  it('parses the seed action with its nested content', () => {
    expect(parseAction(SEED_ACTION).wire).toMatchObject({ id: '000JKG', content: { subject: 'Your order is confirmed' }, scheduler: null });
  });

  it('answers PROVIDER_BAD_RESPONSE when the subject is a number', () => {
    expect(failureOf(() => parseAction({ ...SEED_ACTION, content: { subject: 3 } })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/action: content\.subject/) });
  });

  it('parses every simulated action, each under the code it is served at', () => {
    for (const [code, body] of simData().actions) expect(parseAction(body).wire.id).toBe(code);
  });
});
