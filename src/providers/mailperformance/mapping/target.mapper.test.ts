import { ParticipantRole } from '../../../schema/enums';
import { MailPerformanceTarget } from '../graphql/target.type';
import { MAILPERFORMANCE } from '../identity';
import { SEED_TARGET } from '../simulator/seed';
import { parseTarget, type TargetFieldMap } from '../wire/target.wire';
import { mapTarget } from './target.mapper';

// The default of MAILPERFORMANCE_TARGET_FIELDS (api/config.test.ts checks the parsing).
const fields: TargetFieldMap = { email: '8103', lastName: '8102', firstName: '8101', phone: '8104' };

describe('MailPerformance target mapper', () => {
  it('maps the seed target as a CUSTOMER with email, phone and names from the default field map', () => {
    const target = mapTarget(parseTarget(SEED_TARGET), fields);
    expect(target).toBeInstanceOf(MailPerformanceTarget);
    expect(target).toMatchObject({
      id: 'mailperformance:target:000QE6KY', nativeId: '000QE6KY', provider: MAILPERFORMANCE.name, role: ParticipantRole.CUSTOMER,
      displayName: 'Xavier Yvon', firstName: 'Xavier', lastName: 'Yvon', email: 'xxx@yyy.com', phone: '+33612345678', avatarUrl: null,
      creationDate: '2016-04-04T08:55:00Z', lastUpdateDate: '2016-04-25T14:27:00Z', fields: SEED_TARGET['fields'],
      bounce: [], redList: null, raw: SEED_TARGET,
    });
  });

  it('leaves email and names null when the field map does not name them or the values are blank', () => {
    const target = mapTarget(parseTarget({ ...SEED_TARGET, fields: { '8101': '  ', '8103': 'a@b.c' } }), { phone: '8104' });
    expect(target).toMatchObject({ displayName: null, email: null, phone: null, firstName: null });
  });

  it('maps bounces and a red list with numeric values as text', () => {
    const target = mapTarget(parseTarget({
      ...SEED_TARGET,
      bounce: [{ field: 8103, type: 'hard', timestamp: 1459760100, reason: 'unknown user' }],
      redList: { mail: { timestamp: '1459760100', reason: 'complaint' } },
    }), fields);
    expect(target.bounce).toEqual([expect.objectContaining({ field: '8103', type: 'hard', timestamp: '1459760100', reason: 'unknown user' })]);
    expect(target.redList).toMatchObject({ mail: { timestamp: '1459760100', reason: 'complaint' }, sms: null });
  });
});
