import { failureOf } from '../../../../test/support/errors';
import { SEED_TARGET, simData } from '../simulator/seed';
import { parseTarget } from './target.wire';

describe('MailPerformance target wire schema', () => {
  it('parses the seed target', () => {
    expect(parseTarget(SEED_TARGET).wire).toMatchObject({ id: '000QE6KY', fields: { '8103': 'xxx@yyy.com' }, bounce: [] });
  });

  it('reads an empty PHP array as an empty redList and empty fields', () => {
    const { wire } = parseTarget({ ...SEED_TARGET, redList: [], fields: [] });
    expect(wire.redList).toEqual({ mail: null, sms: null });
    expect(wire.fields).toEqual({});
  });

  it('accepts bounce field ids and timestamps as numbers', () => {
    const bounce = [{ field: 8103, type: 'hard', timestamp: 1459760100, reason: 'unknown user' }];
    expect(parseTarget({ ...SEED_TARGET, bounce }).wire.bounce).toEqual(bounce);
  });

  it('answers PROVIDER_BAD_RESPONSE when fields is a string', () => {
    expect(failureOf(() => parseTarget({ ...SEED_TARGET, fields: 'x' })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/target: fields/) });
  });

  it('parses every simulated target, each under the code it is served at', () => {
    for (const [code, body] of simData().targets) expect(parseTarget(body).wire.id).toBe(code);
  });
});
