import { build } from '../../../kit/build';
import type { Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import { Channel } from '../../../schema/enums';
import { BirdChannel } from '../graphql/channel.type';
import type { BirdChannelWire } from '../wire/channel.wire';
import { channelNodeId, type BirdScope } from './scope.mapper';

/** Channel platform families: a `platformId` is a family, optionally `-<vendor>` (`sms-messagebird`). */
const PLATFORM: Readonly<Record<string, Channel>> = {
  email: Channel.EMAIL,
  sms: Channel.SMS,
  whatsapp: Channel.WHATSAPP,
  facebook: Channel.SOCIAL,
  instagram: Channel.SOCIAL,
  linkedin: Channel.SOCIAL,
  telegram: Channel.CHAT,
  line: Channel.CHAT,
  livechat: Channel.CHAT,
  voice: Channel.PHONE,
  rcs: Channel.OTHER,
};

/** `platformStyle` alone only says "email"; every other style spans several platforms. */
export const EMAIL_STYLE = 'email';

/** Medium of a channel platform id; UNKNOWN when the family has no mapping. */
export function platformChannel(platformId: string | null | undefined): Channel {
  return mapValue(platformId?.toLowerCase().split('-')[0], PLATFORM, Channel.UNKNOWN);
}

/** A channel of workspace `workspaceId`, with its platform as a normalised medium. */
export function toChannel(read: Tolerant<BirdChannelWire>, workspaceId: string, scope: BirdScope): BirdChannel {
  const { wire, defects } = read;
  return build(BirdChannel, {
    id: channelNodeId(workspaceId, wire.id, scope),
    channelId: wire.id,
    platformId: wire.platformId ?? null,
    medium: platformChannel(wire.platformId),
    name: wire.name ?? null,
    connectorId: wire.connectorId ?? null,
    identifier: wire.identifier ?? null,
    status: wire.status ?? null,
    raw: wire.raw,
  }, defects.forFields());
}

/**
 * `platformStyle: email` is an e-mail conversation without asking anything more. Any other
 * style (`direct` covers WhatsApp, SMS, RCS…) needs the channel's platform; without it the
 * medium is UNKNOWN with the style as the raw value, never a guess.
 */
export function channelOf(style: string | null | undefined, channel: BirdChannelWire | null): { channel: Channel; rawChannel: string | null } {
  if (style === EMAIL_STYLE) return { channel: Channel.EMAIL, rawChannel: style };
  if (channel?.platformId) return { channel: platformChannel(channel.platformId), rawChannel: channel.platformId };
  return { channel: Channel.UNKNOWN, rawChannel: style ?? null };
}
