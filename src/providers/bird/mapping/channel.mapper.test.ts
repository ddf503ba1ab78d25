import { Channel } from '../../../schema/enums';
import { seedChannels } from '../simulator/seed';
import { parseChannel } from '../wire/channel.wire';
import { createBirdScope } from '../api/links';
import { channelOf, platformChannel, toChannel } from './channel.mapper';

const WORKSPACE = '11111111-2222-4333-8444-555555555555';
const OTHER_WORKSPACE = '99999999-2222-4333-8444-555555555555';
const scope = createBirdScope(WORKSPACE);

describe('channel mapping', () => {
  it('answers EMAIL from platformStyle "email" without a channel', () => {
    expect(channelOf('email', null)).toEqual({ channel: Channel.EMAIL, rawChannel: 'email' });
  });

  it('answers UNKNOWN with the style as raw value for another style when the channel was not read', () => {
    expect(channelOf('direct', null)).toEqual({ channel: Channel.UNKNOWN, rawChannel: 'direct' });
  });

  it('uses the channel platform for a non-email style', () => {
    const [, whatsapp] = seedChannels[1] ?? [];
    expect(channelOf('direct', parseChannel(whatsapp).wire)).toEqual({ channel: Channel.WHATSAPP, rawChannel: 'whatsapp' });
  });

  it.each([
    ['sms-messagebird', Channel.SMS], ['whatsapp', Channel.WHATSAPP], ['email-sparkpost', Channel.EMAIL], ['instagram', Channel.SOCIAL],
    ['telegram', Channel.CHAT], ['voice', Channel.PHONE], ['carrier-pigeon', Channel.UNKNOWN],
  ])('maps platform "%s" to %s', (platformId, expected) => {
    expect(platformChannel(platformId)).toBe(expected);
  });

  it('maps a channel object with its medium and raw body', () => {
    const [, email] = seedChannels[0] ?? [];
    expect(toChannel(parseChannel(email), WORKSPACE, scope)).toMatchObject({ platformId: 'email-sparkpost', medium: Channel.EMAIL, name: 'Support e-mail', raw: email });
  });

  it('gives a channel a node id: short in the default workspace, with the workspace elsewhere', () => {
    const [, email] = seedChannels[0] ?? [];
    const read = parseChannel(email);
    expect(toChannel(read, WORKSPACE, scope).id).toBe(`bird:channel:${read.wire.id}`);
    expect(toChannel(read, OTHER_WORKSPACE, scope).id).toBe(`bird:channel:${OTHER_WORKSPACE}/${read.wire.id}`);
  });
});
