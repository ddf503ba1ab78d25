import { registerEnumType } from 'type-graphql';

export enum ProviderMode {
  LIVE = 'LIVE',
  SIMULATED = 'SIMULATED',
}

export enum ConversationStatus {
  OPEN = 'OPEN',
  PENDING = 'PENDING',
  CLOSED = 'CLOSED',
  SPAM = 'SPAM',
  DELETED = 'DELETED',
  UNKNOWN = 'UNKNOWN',
}

export enum Channel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
  CHAT = 'CHAT',
  PHONE = 'PHONE',
  WHATSAPP = 'WHATSAPP',
  IN_APP = 'IN_APP',
  SOCIAL = 'SOCIAL',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

export enum MessageKind {
  MESSAGE = 'MESSAGE',
  NOTE = 'NOTE',
  EVENT = 'EVENT',
  UNKNOWN = 'UNKNOWN',
}

export enum MessageDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
  INTERNAL = 'INTERNAL',
  SYSTEM = 'SYSTEM',
  UNKNOWN = 'UNKNOWN',
}

export enum DeliveryStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  READ = 'READ',
  RECEIVED = 'RECEIVED',
  FAILED = 'FAILED',
  CANCELED = 'CANCELED',
  UNKNOWN = 'UNKNOWN',
}

export enum ParticipantRole {
  CUSTOMER = 'CUSTOMER',
  AGENT = 'AGENT',
  BOT = 'BOT',
  SYSTEM = 'SYSTEM',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(ProviderMode, {
  name: 'ConversationProviderMode',
  description: 'Whether a provider talks to the real API or to the built-in simulator.',
  valuesConfig: {
    LIVE: { description: 'Credentials are configured; requests go to the provider base URL.' },
    SIMULATED: { description: 'No credentials; requests go to the built-in simulated provider.' },
  },
});
registerEnumType(ConversationStatus, {
  name: 'ConversationStatus',
  description: 'Normalised conversation status. The upstream value is kept in `rawStatus`.',
  valuesConfig: {
    OPEN: { description: 'Active, waiting on someone.' },
    PENDING: { description: 'Waiting on an outside event (pending, queued, snoozed upstream).' },
    CLOSED: { description: 'Closed or finished.' },
    SPAM: { description: 'Marked as spam.' },
    DELETED: { description: 'Deleted upstream.' },
    UNKNOWN: { description: 'The upstream value has no mapping; see `rawStatus`.' },
  },
});
registerEnumType(Channel, {
  name: 'ConversationChannel',
  description: 'Normalised medium of a conversation. The upstream value is kept in `rawChannel`.',
  valuesConfig: {
    EMAIL: { description: 'E-mail.' },
    SMS: { description: 'SMS or MMS.' },
    CHAT: { description: 'Live or web chat.' },
    PHONE: { description: 'Phone call.' },
    WHATSAPP: { description: 'WhatsApp.' },
    IN_APP: { description: 'In-app messaging.' },
    SOCIAL: { description: 'Social network messaging or comments.' },
    OTHER: { description: 'A known medium with no closer match.' },
    UNKNOWN: { description: 'The upstream value has no mapping; see `rawChannel`.' },
  },
});
registerEnumType(MessageKind, {
  name: 'ConversationMessageKind',
  description: 'What a timeline item is.',
  valuesConfig: {
    MESSAGE: { description: 'A message exchanged with the other party.' },
    NOTE: { description: 'An internal note not shown to the customer.' },
    EVENT: { description: 'A system event (state change, delivery event, workflow).' },
    UNKNOWN: { description: 'An item of a type Parley has no mapping for; the provider type has its value as sent (`raw`, `rawType`…).' },
  },
});
registerEnumType(MessageDirection, {
  name: 'ConversationMessageDirection',
  description: 'Which way a message travelled, seen from the organisation using the provider.',
  valuesConfig: {
    INBOUND: { description: 'From the customer or contact to the organisation.' },
    OUTBOUND: { description: 'From the organisation to the customer.' },
    INTERNAL: { description: 'Between agents only (notes).' },
    SYSTEM: { description: 'Produced by the provider itself.' },
    UNKNOWN: { description: 'The provider does not say.' },
  },
});
registerEnumType(DeliveryStatus, {
  name: 'ConversationDeliveryStatus',
  description: 'Normalised delivery state of a message. The upstream value is kept in `rawDeliveryStatus`.',
  valuesConfig: {
    QUEUED: { description: 'Accepted, not yet sent.' },
    SENT: { description: 'Handed to the carrier or mail server.' },
    DELIVERED: { description: 'Delivered to the recipient.' },
    READ: { description: 'Read by the recipient.' },
    RECEIVED: { description: 'An inbound message received by the organisation.' },
    FAILED: { description: 'Delivery failed or bounced.' },
    CANCELED: { description: 'Canceled before sending.' },
    UNKNOWN: { description: 'The provider gives no state, or one with no mapping.' },
  },
});
registerEnumType(ParticipantRole, {
  name: 'ConversationParticipantRole',
  description: 'The part a participant plays in a conversation.',
  valuesConfig: {
    CUSTOMER: { description: 'The external party (customer, contact, recipient).' },
    AGENT: { description: 'A member of the organisation (user, agent, team).' },
    BOT: { description: 'An automated actor (flow, bot).' },
    SYSTEM: { description: 'The provider or an API key acting on its own.' },
    UNKNOWN: { description: 'The provider does not say.' },
  },
});
