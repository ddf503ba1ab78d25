import { DEFECTS, type WithDefects } from '../../../kit/defects';
import { ParticipantRole } from '../../../schema/enums';
import { MailPerformanceTarget } from '../graphql/target.type';
import { MAILPERFORMANCE } from '../identity';
import { DOCUMENTED_TARGET, SEED_TARGET } from '../simulator/seed';
import { readTarget, type TargetFieldMap } from '../wire/target.wire';
import { mapTarget } from './target.mapper';

// The default of MAILPERFORMANCE_TARGET_FIELDS (api/config.test.ts checks the parsing).
const fields: TargetFieldMap = { email: '8103', lastName: '8102', firstName: '8101', phone: '8104' };
const reasons = (built: object | null | undefined) => Object.keys((built ? (built as WithDefects)[DEFECTS]?.reasons : undefined) ?? {}).sort();

describe('MailPerformance target mapper', () => {
  it('maps the seed target as a CUSTOMER with email, phone and names from the default field map', () => {
    const target = mapTarget(readTarget(SEED_TARGET), fields);
    expect(target).toBeInstanceOf(MailPerformanceTarget);
    expect(target).toMatchObject({
      id: 'mailperformance:target:000QE6KY', nativeId: '000QE6KY', provider: MAILPERFORMANCE.name, role: ParticipantRole.CUSTOMER,
      displayName: 'Xavier Yvon', firstName: 'Xavier', lastName: 'Yvon', email: 'xxx@yyy.com', phone: '+33612345678', avatarUrl: null,
      creationDate: '2016-04-04T08:55:00Z', lastUpdateDate: '2016-04-25T14:27:00Z', fields: SEED_TARGET['fields'],
      bounce: [], redList: null, raw: SEED_TARGET,
    });
  });

  it('leaves email and names null when the field map does not name them or the values are blank', () => {
    const target = mapTarget(readTarget({ ...SEED_TARGET, fields: { '8101': '  ', '8103': 'a@b.c' } }), { phone: '8104' });
    expect(target).toMatchObject({ displayName: null, email: null, phone: null, firstName: null });
  });

  it("maps the Target doc's numeric bounce codes and red list as text with the raw values, timestamps in UTC", () => {
    const target = mapTarget(readTarget(DOCUMENTED_TARGET), fields);
    expect(target.bounce).toEqual([expect.objectContaining({
      field: '8102', rawField: 8102, type: '1', rawType: 1, timestamp: '2016-06-13T15:19:20.000Z', reason: '1', rawReason: 1,
    })]);
    const entry = { timestamp: '2016-06-13T15:19:20.000Z', reason: '1', rawReason: 1 };
    expect(target.redList).toMatchObject({ mail: entry, sms: entry });
  });

  it('makes every value read from fields an error when the fields map is unreadable', () => {
    const target = mapTarget(readTarget({ ...SEED_TARGET, fields: 'x' }), fields);
    expect(target.fields).toBeNull();
    expect(reasons(target)).toEqual(['displayName', 'email', 'fields', 'firstName', 'lastName', 'phone']);
  });

  it('reports a bad bounce leaf on that bounce, and a dropped bounce on the list', () => {
    const target = mapTarget(readTarget({ ...SEED_TARGET, bounce: [{ field: 1, reason: {} }, 'x'] }), fields);
    expect(reasons(target)).toEqual(['bounce']);
    expect(reasons(target.bounce?.[0])).toEqual(['rawReason', 'reason']);
  });

  it('keeps a red list whose only entry is unreadable, so selecting it reports the error', () => {
    const target = mapTarget(readTarget({ ...SEED_TARGET, redList: { mail: 'x' } }), fields);
    expect(target.redList).toMatchObject({ mail: null, sms: null });
    expect(reasons(target.redList)).toEqual(['mail']);
  });
});
