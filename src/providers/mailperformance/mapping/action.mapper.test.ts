import { DEFECTS, type WithDefects } from '../../../kit/defects';
import { DOCUMENTED_ACTION, SEED_ACTION } from '../simulator/seed';
import { readAction } from '../wire/action.wire';
import { mapAction } from './action.mapper';

const reasons = (built: object | null | undefined) => (built ? (built as WithDefects)[DEFECTS]?.reasons : undefined);

describe('MailPerformance action mapper', () => {
  it('maps the seed action with typed content and free-form settings', () => {
    expect(mapAction(readAction(SEED_ACTION))).toMatchObject({
      id: 'mailperformance:action:000JKG', nativeId: '000JKG', type: 'mailMessage', name: 'Order confirmation',
      creationDate: '2017-03-01T09:12:00Z', informations: { folder: null, category: '12', state: 38 },
      settings: SEED_ACTION['settings'], scheduler: null, raw: SEED_ACTION,
      content: {
        subject: 'Your order is confirmed', text: 'Hello [[8101]], your order is confirmed.',
        headers: { from: { prefix: 'orders', domain: 'yyy.com', label: 'YYY Shop' }, reply: 'support@yyy.com', rawReply: 'support@yyy.com' },
      },
    });
  });

  it("maps the Actions doc's reply-to object to its address, with the object as rawReply", () => {
    expect(mapAction(readAction(DOCUMENTED_ACTION)).content?.headers).toMatchObject({ reply: 'address@reply.dev', rawReply: { reply: 'address@reply.dev' } });
  });

  it('leaves headers, sender and informations null when the action has none', () => {
    const action = mapAction(readAction({ ...SEED_ACTION, informations: null, content: { subject: 'Hi', headers: { reply: null } } }));
    expect(action).toMatchObject({ informations: null, content: { subject: 'Hi', html: null, text: null, headers: { from: null, reply: null, rawReply: null } } });
  });

  it('reports an unreadable leaf on the nested object that shows it, not on the action', () => {
    const action = mapAction(readAction({ ...SEED_ACTION, name: 4, content: { subject: 3, headers: { from: 'x' } } }));
    expect(Object.keys(reasons(action) ?? {})).toEqual(['name']);
    expect(Object.keys(reasons(action.content) ?? {})).toEqual(['subject']);
    expect(Object.keys(reasons(action.content?.headers) ?? {})).toEqual(['from']);
  });
});
