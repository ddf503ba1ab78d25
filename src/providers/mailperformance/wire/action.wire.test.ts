import { DOCUMENTED_ACTION, SEED_ACTION, simData } from '../simulator/seed';
import { readAction } from './action.wire';

describe('MailPerformance action wire schema', () => {
  it('reads the seed action with its nested content and a plain-string reply-to', () => {
    expect(readAction(SEED_ACTION).wire).toMatchObject({
      id: '000JKG', content: { subject: 'Your order is confirmed', headers: { reply: { address: 'support@yyy.com', raw: 'support@yyy.com' } } }, scheduler: null,
    });
  });

  it("reads the Actions doc's reply-to object as its address, keeping the object as sent", () => {
    expect(readAction(DOCUMENTED_ACTION).wire.content?.headers?.reply).toEqual({ address: 'address@reply.dev', raw: { reply: 'address@reply.dev' } });
  });

  it('reads a reply-to object without an address as no address', () => {
    const body = { ...SEED_ACTION, content: { headers: { reply: { label: 'x' } } } };
    expect(readAction(body).wire.content?.headers?.reply).toEqual({ address: null, raw: { label: 'x' } });
  });

  it('leaves out only a numeric subject, naming its path', () => {
    const { wire, defects } = readAction({ ...SEED_ACTION, content: { subject: 3, text: 'hi' } });
    expect(wire.content).toEqual({ text: 'hi' });
    expect(defects.messages).toEqual([expect.stringMatching(/^action\.content\.subject: /)]);
  });

  it('reads every simulated action without a defect, each under the code it is served at', () => {
    for (const [code, body] of simData().actions) {
      const read = readAction(body);
      expect([read.wire.id, read.defects.messages]).toEqual([code, []]);
    }
  });
});
