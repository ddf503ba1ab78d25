import { failureOf } from '../../../../test/support/errors';
import { seedThreads } from '../simulator/seed';
import { parseThread, parseThreadItems } from './thread.wire';

describe('Help Scout thread wire schema', () => {
  it('parses the seed threads with persons, recipients and attachments', () => {
    const [first, second] = seedThreads().map((raw) => parseThread(raw));
    expect(first).toMatchObject({ id: 123001, type: 'customer', createdBy: { id: 12, type: 'customer' } });
    expect(second?._embedded?.attachments?.[0]).toMatchObject({ id: 77, filename: 'invoice.pdf' });
  });

  it('refuses a thread without a type', () => {
    expect(failureOf(() => parseThread({ id: 1 })).code).toBe('PROVIDER_BAD_RESPONSE');
  });

  it('keeps each embedded thread exactly as sent next to its parsed form', () => {
    const [item] = parseThreadItems([{ id: 1, type: 'note', extra: true }]);
    expect(item).toEqual({ wire: { id: 1, type: 'note' }, raw: { id: 1, type: 'note', extra: true } });
  });

  it('refuses an embedded list with a bad thread, naming its index', () => {
    expect(failureOf(() => parseThreadItems([{ id: 1, type: 'note' }, { id: 'x', type: 'note' }])).message).toContain('1.id');
  });
});
