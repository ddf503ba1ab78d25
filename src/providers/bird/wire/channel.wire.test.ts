import { seedChannels } from '../simulator/seed';
import { parseChannel } from './channel.wire';

describe('Bird channel wire schema', () => {
  it('parses a channel and requires its platformId', () => {
    const [, channel] = seedChannels[0] ?? [];
    expect(parseChannel(channel).platformId).toBe('email-sparkpost');
    expect(() => parseChannel({ ...channel, platformId: undefined })).toThrow(
      expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/platformId/) }),
    );
  });
});
