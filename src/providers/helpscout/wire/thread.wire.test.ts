import { failureOf } from '../../../../test/support/errors';
import { seedThreads } from '../simulator/seed';
import { parseThread } from './thread.wire';

describe('Help Scout thread wire schema', () => {
  it('parses the seed threads with persons, recipients and attachments', () => {
    const [first, second] = seedThreads().map((raw) => parseThread(raw));
    expect(first).toMatchObject({ id: 123001, type: 'customer', createdBy: { id: 12, type: 'customer' } });
    expect(second?._embedded?.attachments?.[0]).toMatchObject({ id: 77, filename: 'invoice.pdf' });
  });

  it('refuses a thread without a type', () => {
    expect(failureOf(() => parseThread({ id: 1 })).code).toBe('PROVIDER_BAD_RESPONSE');
  });

  it('drops keys it does not know from the parsed thread (the mapper keeps the raw object for `raw`)', () => {
    expect(parseThread({ id: 1, type: 'note', extra: true })).toEqual({ id: 1, type: 'note' });
  });

  it('names the field of a thread that does not fit', () => {
    expect(failureOf(() => parseThread({ id: 'x', type: 'note' })).message).toContain('id');
  });
});
