import { birdErrorRef } from './error.wire';

describe('Bird error body', () => {
  it('reads the error code as the upstream reference and ignores anything else', () => {
    expect(birdErrorRef({ code: 'NotFound', message: 'The resource specified in the URL was not found' })).toBe('NotFound');
    expect(birdErrorRef('<html>')).toBeUndefined();
    expect(birdErrorRef({ code: 42 })).toBeUndefined();
  });
});
