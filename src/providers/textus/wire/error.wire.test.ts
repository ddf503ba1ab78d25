import { errorRefOf } from './error.wire';

describe('TextUs error body', () => {
  it('gives no upstream reference: its error text is free text and never reaches a client', () => {
    expect(errorRefOf({ '@type': 'Error', error: 'Not Found' })).toBeUndefined();
    expect(errorRefOf({ error: 'PG::ConnectionBad postgres://app:hunter2@db.internal/textus' })).toBeUndefined();
    expect(errorRefOf('<html>')).toBeUndefined();
  });
});
