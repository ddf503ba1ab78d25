import { seedChannels } from '../simulator/seed';
import { parseChannel } from './channel.wire';

describe('Bird channel wire schema', () => {
  it('parses a channel, and reads one without a platformId with its platform unknown', () => {
    const [, channel] = seedChannels[0] ?? [];
    expect(parseChannel(channel).wire.platformId).toBe('email-sparkpost');
    const read = parseChannel({ ...channel, platformId: undefined });
    expect([read.wire.platformId, read.wire.name, read.defects.isEmpty]).toEqual([undefined, 'Support e-mail', true]);
  });
});
