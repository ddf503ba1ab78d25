import { Channel, ConversationStatus, DeliveryStatus, MessageDirection, ParticipantRole } from '../../schema/enums';
import { mapValue } from '../shared/wire';

/** Conversation `status`: Bird documents `active` and `closed`. */
export const STATUS: Readonly<Record<string, ConversationStatus>> = {
  active: ConversationStatus.OPEN,
  closed: ConversationStatus.CLOSED,
};

/** Participant `type` (documented set: contact, user, accessKey, flow). */
export const ROLE: Readonly<Record<string, ParticipantRole>> = {
  contact: ParticipantRole.CUSTOMER,
  user: ParticipantRole.AGENT,
  accessKey: ParticipantRole.SYSTEM,
  flow: ParticipantRole.BOT,
};

/** Direction from the sender's participant type: only contacts write in from outside. */
export const DIRECTION: Readonly<Record<string, MessageDirection>> = {
  contact: MessageDirection.INBOUND,
  user: MessageDirection.OUTBOUND,
  accessKey: MessageDirection.OUTBOUND,
  flow: MessageDirection.OUTBOUND,
};

/**
 * Message `status`. Documented lifecycle: accepted → processing → sent → delivered, plus
 * `sending_failed` / `delivery_failed`; `read` and `failed` are not documented but plausible.
 */
export const DELIVERY: Readonly<Record<string, DeliveryStatus>> = {
  accepted: DeliveryStatus.QUEUED,
  processing: DeliveryStatus.QUEUED,
  sent: DeliveryStatus.SENT,
  delivered: DeliveryStatus.DELIVERED,
  read: DeliveryStatus.READ,
  sending_failed: DeliveryStatus.FAILED,
  delivery_failed: DeliveryStatus.FAILED,
  failed: DeliveryStatus.FAILED,
};

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

/** Medium of a channel platform id; UNKNOWN when the family has no mapping. */
export function platformChannel(platformId: string): Channel {
  return mapValue(platformId.toLowerCase().split('-')[0], PLATFORM, Channel.UNKNOWN);
}

/** `platformStyle` alone only says "email"; every other style spans several platforms. */
export const EMAIL_STYLE = 'email';
