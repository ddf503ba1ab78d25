import { ParleyError } from '../../errors/parley-error';
import { SEED_ACTION, SEED_MESSAGE, SEED_TARGET } from './mailperformance.sim-data';
import { parseAction, parseMessage, parseTarget, rawEvents } from './mailperformance.wire';

function codeOf(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof ParleyError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('MailPerformance wire schemas', () => {
  describe('message', () => {
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
      expect(codeOf(() => parseMessage(body))).toMatch(new RegExp(`^PROVIDER_BAD_RESPONSE: .*message: ${path.replace('.', '\\.')}:`));
    });

    it('answers PROVIDER_BAD_RESPONSE when the body is truncated to its first fields', () => {
      expect(codeOf(() => parseMessage({ type: 'message', media: 'mail', id: SEED_MESSAGE['id'] }))).toMatch(/^PROVIDER_BAD_RESPONSE: .*actionId/);
    });

    it('answers PROVIDER_BAD_RESPONSE when the body is not an object', () => {
      expect(codeOf(() => parseMessage([SEED_MESSAGE]))).toMatch(/^PROVIDER_BAD_RESPONSE/);
    });
  });

  describe('target', () => {
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
      expect(codeOf(() => parseTarget({ ...SEED_TARGET, fields: 'x' }))).toMatch(/^PROVIDER_BAD_RESPONSE: .*target: fields/);
    });
  });

  describe('action', () => {
    it('parses the seed action with its nested content', () => {
      expect(parseAction(SEED_ACTION).wire).toMatchObject({ id: '000JKG', content: { subject: 'Your order is confirmed' }, scheduler: null });
    });

    it('answers PROVIDER_BAD_RESPONSE when the subject is a number', () => {
      expect(codeOf(() => parseAction({ ...SEED_ACTION, content: { subject: 3 } }))).toMatch(/^PROVIDER_BAD_RESPONSE: .*action: content\.subject/);
    });
  });
});
