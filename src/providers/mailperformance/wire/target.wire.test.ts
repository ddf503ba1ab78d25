import { DOCUMENTED_TARGET, SEED_TARGET, simData } from '../simulator/seed';
import { readTarget } from './target.wire';

describe('MailPerformance target wire schema', () => {
  it('reads the seed target', () => {
    expect(readTarget(SEED_TARGET).wire).toMatchObject({ id: '000QE6KY', fields: { '8103': 'xxx@yyy.com' }, bounce: [] });
  });

  it('reads an empty PHP array as an empty redList and empty fields', () => {
    const { wire } = readTarget({ ...SEED_TARGET, redList: [], fields: [] });
    expect(wire.redList).toEqual({});
    expect(wire.fields).toEqual({});
  });

  it("reads the Target doc's numeric bounce codes and red list, Unix-seconds timestamps as UTC", () => {
    const { wire, defects } = readTarget(DOCUMENTED_TARGET);
    expect(defects.isEmpty).toBe(true);
    expect(wire.bounce).toEqual([{
      field: { text: '8102', raw: 8102 }, type: { text: '1', raw: 1 }, timestamp: '2016-06-13T15:19:20.000Z', reason: { text: '1', raw: 1 },
    }]);
    expect(wire.redList).toEqual({
      mail: { timestamp: '2016-06-13T15:19:20.000Z', reason: { text: '1', raw: 1 } },
      sms: { timestamp: '2016-06-13T15:19:20.000Z', reason: { text: '1', raw: 1 } },
    });
  });

  it('leaves out only an unreadable fields map, naming its path', () => {
    const { wire, defects } = readTarget({ ...SEED_TARGET, fields: 'x' });
    expect(wire.fields).toBeUndefined();
    expect(wire.creationDate).toBe('2016-04-04T08:55:00Z');
    expect(defects.messages).toEqual([expect.stringMatching(/^target\.fields: /)]);
  });

  it('leaves out only the bad leaf of a red-list entry', () => {
    const { wire, defects } = readTarget({ ...SEED_TARGET, redList: { mail: { timestamp: 'yesterday', reason: 2 } } });
    expect(wire.redList).toEqual({ mail: { reason: { text: '2', raw: 2 } } });
    expect(defects.messages).toEqual([expect.stringMatching(/^target\.redList\.mail\.timestamp: /)]);
  });

  it('reads every simulated target without a defect, each under the code it is served at', () => {
    for (const [code, body] of simData().targets) {
      const read = readTarget(body);
      expect([read.wire.id, read.defects.messages]).toEqual([code, []]);
    }
  });
});
