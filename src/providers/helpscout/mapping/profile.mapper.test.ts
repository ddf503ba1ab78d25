import { DEFECTS, type WithDefects } from '../../../kit/defects';
import { SEED_CUSTOMERS } from '../simulator/seed';
import { readCustomer } from '../wire/person.wire';
import { mapCustomerProfile } from './profile.mapper';

const reasons = (built: object): Readonly<Record<string, string>> | undefined => (built as WithDefects)[DEFECTS]?.reasons;
const rob = (): Record<string, unknown> => structuredClone(SEED_CUSTOMERS.get(238604) ?? {});

describe('Help Scout customer profile mapper', () => {
  it("scopes each contact entry's id by the customer, keeping Help Scout's entry id as entryId", () => {
    const profile = mapCustomerProfile(readCustomer(rob()));
    expect([...profile.emails, ...profile.phones, ...profile.websites].map((e) => [e.id, e.entryId])).toEqual([
      ['helpscout:customer:238604#email/1', 1], ['helpscout:customer:238604#phone/2', 2], ['helpscout:customer:238604#website/3', 3],
    ]);
  });

  it('identifies an entry Help Scout sent without an id by its position, and one with an unreadable id reports it on entryId only', () => {
    const body = rob();
    body['_embedded'] = { emails: [{ value: 'first@acme.com', type: 'work' }, { id: 'x', value: 'second@acme.com', type: 'home' }] };
    const [first, second] = mapCustomerProfile(readCustomer(body)).emails;
    expect([first?.id, first?.entryId, second?.id, second?.entryId]).toEqual(['helpscout:customer:238604#email/%400', null, 'helpscout:customer:238604#email/%401', null]);
    expect(first && reasons(first)).toBeUndefined();
    expect(second && reasons(second)).toEqual({ entryId: 'customer._embedded.emails.1.id: Invalid input: expected number, received string' });
  });
});
