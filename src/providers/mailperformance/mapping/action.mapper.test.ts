import { SEED_ACTION } from '../simulator/seed';
import { parseAction } from '../wire/action.wire';
import { mapAction } from './action.mapper';

describe('MailPerformance action mapper', () => {
  it('maps the seed action with typed content and free-form settings', () => {
    expect(mapAction(parseAction(SEED_ACTION))).toMatchObject({
      id: 'mailperformance:action:000JKG', nativeId: '000JKG', type: 'mailMessage', name: 'Order confirmation',
      creationDate: '2017-03-01T09:12:00Z', informations: { folder: null, category: '12', state: 38 },
      settings: SEED_ACTION['settings'], scheduler: null, raw: SEED_ACTION,
      content: {
        subject: 'Your order is confirmed', text: 'Hello [[8101]], your order is confirmed.',
        headers: { from: { prefix: 'orders', domain: 'yyy.com', label: 'YYY Shop' }, reply: 'support@yyy.com' },
      },
    });
  });

  it('leaves headers, sender and informations null when the action has none', () => {
    const action = mapAction(parseAction({ ...SEED_ACTION, informations: null, content: { subject: 'Hi', headers: { reply: null } } }));
    expect(action).toMatchObject({ informations: null, content: { subject: 'Hi', html: null, text: null, headers: { from: null, reply: null } } });
  });
});
