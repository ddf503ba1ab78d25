import { ParleyError } from '../../../errors/parley-error';
import { SEED_ACTION, simData } from '../simulator/seed';
import { parseAction } from './action.wire';

function codeOf(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof ParleyError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('MailPerformance action wire schema', () => {
  it('parses the seed action with its nested content', () => {
    expect(parseAction(SEED_ACTION).wire).toMatchObject({ id: '000JKG', content: { subject: 'Your order is confirmed' }, scheduler: null });
  });

  it('answers PROVIDER_BAD_RESPONSE when the subject is a number', () => {
    expect(codeOf(() => parseAction({ ...SEED_ACTION, content: { subject: 3 } }))).toMatch(/^PROVIDER_BAD_RESPONSE: .*action: content\.subject/);
  });

  it('parses every simulated action, each under the code it is served at', () => {
    for (const [code, body] of simData().actions) expect(parseAction(body).wire.id).toBe(code);
  });
});
