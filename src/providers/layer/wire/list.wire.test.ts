import { layerCount } from './list.wire';

describe('Layer list headers', () => {
  it('reads Layer-Count as a number and ignores a malformed one', () => {
    expect(layerCount({ get: () => '4023' })).toBe(4023);
    expect(layerCount({ get: () => 'lots' })).toBeNull();
    expect(layerCount({ get: () => null })).toBeNull();
  });
});
