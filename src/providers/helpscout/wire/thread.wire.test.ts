import { Unreadable } from '../../../kit/defects';
import { failureOf } from '../../../../test/support/errors';
import { seedThreads } from '../simulator/seed';
import { readThread, readThreadItem } from './thread.wire';

describe('Help Scout thread wire schema', () => {
  it('reads the seed threads with persons, recipients and attachments', () => {
    const [first, second] = seedThreads().map((raw) => readThread(raw).wire);
    expect(first).toMatchObject({ id: 123001, type: 'customer', createdBy: { id: 12, type: 'customer' } });
    expect(second?._embedded?.attachments?.[0]).toMatchObject({ id: 77, filename: 'invoice.pdf' });
  });

  it('reads a line item whose action lists its entities in an array (issue 8 shape 9) or an object', () => {
    const list = readThread({ id: 1, type: 'lineitem', action: { type: 'default', associatedEntities: [] } });
    const object = readThread({ id: 2, type: 'lineitem', action: { type: 'manual-workflow', associatedEntities: { user: 4 } } });
    expect([list.wire.action?.associatedEntities, object.wire.action?.associatedEntities]).toEqual([[], { user: 4 }]);
    expect(list.defects.isEmpty && object.defects.isEmpty).toBe(true);
  });

  it('reads a thread without a type', () => {
    expect(readThread({ id: 1 }).wire.type).toBeUndefined();
  });

  it('drops keys it does not know from the parsed thread (the mapper keeps the raw object for `raw`)', () => {
    expect(readThread({ id: 1, type: 'note', extra: true }).wire).toEqual({ id: 1, type: 'note' });
  });

  it('refuses a thread read alone whose id cannot be read, naming the id', () => {
    expect(failureOf(() => readThread({ id: 'x', type: 'note' })).message).toContain('thread.id');
  });

  it('keeps a listed thread whose id cannot be read as an Unreadable keyed by its raw id', () => {
    const item = readThreadItem({ id: 'x', type: 'note' });
    expect(item).toBeInstanceOf(Unreadable);
    expect(item).toMatchObject({ provider: 'helpscout', key: 'x', reason: 'thread.id: Invalid input: expected number, received string' });
  });
});
