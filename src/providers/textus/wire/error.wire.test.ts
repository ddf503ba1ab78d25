import { errorRefOf } from './error.wire';

describe('TextUs error body', () => {
  it('reads the error text of an error body as the upstream reference', () => {
    expect(errorRefOf({ '@type': 'Error', error: 'Not Found' })).toBe('Not Found');
    expect(errorRefOf('<html>')).toBeUndefined();
  });
});
