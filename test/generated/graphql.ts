/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Normalised medium of a conversation. The upstream value is kept in `rawChannel`. */
export type ConversationChannel =
  /** Live or web chat. */
  | 'CHAT'
  /** E-mail. */
  | 'EMAIL'
  /** In-app messaging. */
  | 'IN_APP'
  /** A known medium with no closer match. */
  | 'OTHER'
  /** Phone call. */
  | 'PHONE'
  /** SMS or MMS. */
  | 'SMS'
  /** Social network messaging or comments. */
  | 'SOCIAL'
  /** The upstream value has no mapping; see `rawChannel`. */
  | 'UNKNOWN'
  /** WhatsApp. */
  | 'WHATSAPP';

/** Which way a message travelled, seen from the organisation using the provider. */
export type ConversationMessageDirection =
  /** From the customer or contact to the organisation. */
  | 'INBOUND'
  /** Between agents only (notes). */
  | 'INTERNAL'
  /** From the organisation to the customer. */
  | 'OUTBOUND'
  /** Produced by the provider itself. */
  | 'SYSTEM'
  /** The provider does not say. */
  | 'UNKNOWN';

/** What a timeline item is. */
export type ConversationMessageKind =
  /** A system event (state change, delivery event, workflow). */
  | 'EVENT'
  /** A message exchanged with the other party. */
  | 'MESSAGE'
  /** An internal note not shown to the customer. */
  | 'NOTE'
  /** An item of a type Parley has no mapping for; the provider type has its value as sent (`raw`, `rawType`…). */
  | 'UNKNOWN';

/** The part a participant plays in a conversation. */
export type ConversationParticipantRole =
  /** A member of the organisation (user, agent, team). */
  | 'AGENT'
  /** An automated actor (flow, bot). */
  | 'BOT'
  /** The external party (customer, contact, recipient). */
  | 'CUSTOMER'
  /** The provider or an API key acting on its own. */
  | 'SYSTEM'
  /** The provider does not say. */
  | 'UNKNOWN';

/** An upstream messaging or help-desk provider federated by Parley. */
export type ConversationProvider =
  /** Bird Conversations API (workspace-scoped). */
  | 'BIRD'
  /** Help Scout Mailbox API 2.0 (HAL+JSON). */
  | 'HELP_SCOUT'
  /** Layer Platform API (versioned vnd.layer+json). */
  | 'LAYER'
  /** MailPerformance (NP6) transactional messages. */
  | 'MAIL_PERFORMANCE'
  /** TextUs Next API (JSON-LD with hydra collections). */
  | 'TEXT_US';

/** Whether a provider talks to the real API or to the built-in simulator. */
export type ConversationProviderMode =
  /** Credentials are configured; requests go to the provider base URL. */
  | 'LIVE'
  /** No credentials; requests go to the built-in simulated provider. */
  | 'SIMULATED';

/** Normalised conversation status. The upstream value is kept in `rawStatus`. */
export type ConversationStatus =
  /** Closed or finished. */
  | 'CLOSED'
  /** Deleted upstream. */
  | 'DELETED'
  /** Active, waiting on someone. */
  | 'OPEN'
  /** Waiting on an outside event (pending, queued, snoozed upstream). */
  | 'PENDING'
  /** Marked as spam. */
  | 'SPAM'
  /** The upstream value has no mapping; see `rawStatus`. */
  | 'UNKNOWN';

export type ConversationCommonQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationCommonQuery = { conversation:
    | { __typename: 'BirdConversation', id: string, provider: ConversationProvider, nativeId: string, subject: string | null, status: ConversationStatus, rawStatus: string | null, channel: ConversationChannel, rawChannel: string | null, createdAt: string | null, updatedAt: string | null, lastActivityAt: string | null, preview: string | null, messageCount: number | null, webUrl: string | null }
    | { __typename: 'HelpScoutConversation', id: string, provider: ConversationProvider, nativeId: string, subject: string | null, status: ConversationStatus, rawStatus: string | null, channel: ConversationChannel, rawChannel: string | null, createdAt: string | null, updatedAt: string | null, lastActivityAt: string | null, preview: string | null, messageCount: number | null, webUrl: string | null }
    | { __typename: 'LayerConversation', id: string, provider: ConversationProvider, nativeId: string, subject: string | null, status: ConversationStatus, rawStatus: string | null, channel: ConversationChannel, rawChannel: string | null, createdAt: string | null, updatedAt: string | null, lastActivityAt: string | null, preview: string | null, messageCount: number | null, webUrl: string | null }
    | { __typename: 'MailPerformanceConversation', id: string, provider: ConversationProvider, nativeId: string, subject: string | null, status: ConversationStatus, rawStatus: string | null, channel: ConversationChannel, rawChannel: string | null, createdAt: string | null, updatedAt: string | null, lastActivityAt: string | null, preview: string | null, messageCount: number | null, webUrl: string | null }
    | { __typename: 'TextUsConversation', id: string, provider: ConversationProvider, nativeId: string, subject: string | null, status: ConversationStatus, rawStatus: string | null, channel: ConversationChannel, rawChannel: string | null, createdAt: string | null, updatedAt: string | null, lastActivityAt: string | null, preview: string | null, messageCount: number | null, webUrl: string | null }
   | null };

export type ConversationsByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConversationsByIdsQuery = { conversations: Array<
    | { __typename: 'BirdConversation', id: string, provider: ConversationProvider, status: ConversationStatus }
    | { __typename: 'HelpScoutConversation', id: string, provider: ConversationProvider, status: ConversationStatus }
    | { __typename: 'LayerConversation', id: string, provider: ConversationProvider, status: ConversationStatus }
    | { __typename: 'MailPerformanceConversation', id: string, provider: ConversationProvider, status: ConversationStatus }
    | { __typename: 'TextUsConversation', id: string, provider: ConversationProvider, status: ConversationStatus }
   | null> };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'BirdChannel', id: string }
    | { __typename: 'BirdConversation', id: string }
    | { __typename: 'BirdMessage', id: string }
    | { __typename: 'BirdParticipant', id: string }
    | { __typename: 'HelpScoutConversation', id: string }
    | { __typename: 'HelpScoutCustomer', id: string }
    | { __typename: 'HelpScoutEmailAddress', id: string }
    | { __typename: 'HelpScoutMailbox', id: string }
    | { __typename: 'HelpScoutThread', id: string }
    | { __typename: 'HelpScoutUser', id: string }
    | { __typename: 'LayerConversation', id: string }
    | { __typename: 'LayerIdentity', id: string }
    | { __typename: 'LayerMessage', id: string }
    | { __typename: 'LayerSystemSender', id: string }
    | { __typename: 'MailPerformanceAction', id: string }
    | { __typename: 'MailPerformanceConversation', id: string }
    | { __typename: 'MailPerformanceEvent', id: string }
    | { __typename: 'MailPerformanceTarget', id: string }
    | { __typename: 'TextUsContact', id: string }
    | { __typename: 'TextUsConversation', id: string }
    | { __typename: 'TextUsConversationEvent', id: string }
    | { __typename: 'TextUsMessage', id: string }
    | { __typename: 'TextUsTimelineItem', id: string }
    | { __typename: 'TextUsUser', id: string }
   | null };

export type ConversationDeepQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConversationDeepQuery = { conversation:
    | { __typename: 'BirdConversation', id: string, participants: Array<
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
      > | null, messages: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
           | null }> } | null }
    | { __typename: 'HelpScoutConversation', id: string, participants: Array<
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
      > | null, messages: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
           | null }> } | null }
    | { __typename: 'LayerConversation', id: string, participants: Array<
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
      > | null, messages: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
           | null }> } | null }
    | { __typename: 'MailPerformanceConversation', id: string, participants: Array<
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
      > | null, messages: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
           | null }> } | null }
    | { __typename: 'TextUsConversation', id: string, participants: Array<
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
        | { id: string, role: ConversationParticipantRole, displayName: string | null }
      > | null, messages: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, text: string | null, createdAt: string | null, sender:
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
                | { id: string, displayName: string | null }
               | null }
           | null }> } | null }
   | null };

export type BirdConversationQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type BirdConversationQuery = { conversation:
    | { __typename: 'BirdConversation', id: string, name: string | null, platformStyle: string | null, workspaceId: string, channelInfo: { id: string, channelId: string, name: string | null, platformId: string | null, medium: ConversationChannel } | null, featuredParticipants: Array<{ id: string, participantType: string | null, displayName: string | null, contact: { identifierKey: string | null, identifierValue: string | null } | null }> | null, messages: { edges: Array<{ node:
            | { __typename: 'BirdMessage', bodyType: string | null, source: string | null, id: string, direction: ConversationMessageDirection, text: string | null, recipients: Array<
                | { __typename: 'BirdParticipant', recipientType: string | null, id: string }
                | { __typename: 'HelpScoutCustomer', id: string }
                | { __typename: 'HelpScoutEmailAddress', id: string }
                | { __typename: 'HelpScoutUser', id: string }
                | { __typename: 'LayerIdentity', id: string }
                | { __typename: 'LayerSystemSender', id: string }
                | { __typename: 'MailPerformanceTarget', id: string }
                | { __typename: 'TextUsContact', id: string }
                | { __typename: 'TextUsUser', id: string }
              > | null }
            | { __typename: 'HelpScoutThread', id: string, direction: ConversationMessageDirection, text: string | null }
            | { __typename: 'LayerMessage', id: string, direction: ConversationMessageDirection, text: string | null }
            | { __typename: 'MailPerformanceEvent', id: string, direction: ConversationMessageDirection, text: string | null }
            | { __typename: 'TextUsConversationEvent', id: string, direction: ConversationMessageDirection, text: string | null }
            | { __typename: 'TextUsMessage', id: string, direction: ConversationMessageDirection, text: string | null }
            | { __typename: 'TextUsTimelineItem', id: string, direction: ConversationMessageDirection, text: string | null }
           | null }> } | null }
    | { __typename: 'HelpScoutConversation' }
    | { __typename: 'LayerConversation' }
    | { __typename: 'MailPerformanceConversation' }
    | { __typename: 'TextUsConversation' }
   | null };

export type HelpScoutConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type HelpScoutConversationQuery = { conversation:
    | { __typename: 'BirdConversation' }
    | { __typename: 'HelpScoutConversation', id: string, number: number | null, state: string | null, threadCount: number | null, cc: Array<string> | null, source: { type: string | null, via: string | null } | null, mailbox: { id: string, name: string | null, email: string | null } | null, tags: Array<{ id: string, tagId: number, tag: string | null, color: string | null }> | null, customFields: Array<{ id: string, fieldId: number, name: string | null, value: string | null, text: string | null }> | null, primaryCustomer: { id: string, displayName: string | null, profile: { organization: string | null, emails: Array<{ id: string, entryId: number | null, value: string | null, type: string | null }> | null } | null } | null }
    | { __typename: 'LayerConversation' }
    | { __typename: 'MailPerformanceConversation' }
    | { __typename: 'TextUsConversation' }
   | null };

export type HelpScoutThreadsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type HelpScoutThreadsQuery = { conversation:
    | { __typename: 'BirdConversation' }
    | { __typename: 'HelpScoutConversation', id: string, messages: { edges: Array<{ node:
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection }
            | { type: string | null, status: string | null, to: Array<string> | null, openedAt: string | null, id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection, attachments: Array<{ id: string, attachmentId: number, filename: string | null, mimeType: string | null, size: number | null }> | null }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection }
            | { id: string, kind: ConversationMessageKind, direction: ConversationMessageDirection }
           | null }> } | null }
    | { __typename: 'LayerConversation' }
    | { __typename: 'MailPerformanceConversation' }
    | { __typename: 'TextUsConversation' }
   | null };

export type HelpScoutCustomerProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type HelpScoutCustomerProfileQuery = { node:
    | { __typename: 'BirdChannel', id: string }
    | { __typename: 'BirdConversation', id: string }
    | { __typename: 'BirdMessage', id: string }
    | { __typename: 'BirdParticipant', id: string }
    | { __typename: 'HelpScoutConversation', id: string }
    | { __typename: 'HelpScoutCustomer', displayName: string | null, id: string, profile: { firstName: string | null, lastName: string | null, organization: string | null, emails: Array<{ id: string, entryId: number | null, value: string | null, type: string | null }> | null, phones: Array<{ id: string, entryId: number | null, value: string | null, type: string | null }> | null } | null }
    | { __typename: 'HelpScoutEmailAddress', id: string }
    | { __typename: 'HelpScoutMailbox', id: string }
    | { __typename: 'HelpScoutThread', id: string }
    | { __typename: 'HelpScoutUser', id: string }
    | { __typename: 'LayerConversation', id: string }
    | { __typename: 'LayerIdentity', id: string }
    | { __typename: 'LayerMessage', id: string }
    | { __typename: 'LayerSystemSender', id: string }
    | { __typename: 'MailPerformanceAction', id: string }
    | { __typename: 'MailPerformanceConversation', id: string }
    | { __typename: 'MailPerformanceEvent', id: string }
    | { __typename: 'MailPerformanceTarget', id: string }
    | { __typename: 'TextUsContact', id: string }
    | { __typename: 'TextUsConversation', id: string }
    | { __typename: 'TextUsConversationEvent', id: string }
    | { __typename: 'TextUsMessage', id: string }
    | { __typename: 'TextUsTimelineItem', id: string }
    | { __typename: 'TextUsUser', id: string }
   | null };

export type HelpScoutListingQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type HelpScoutListingQuery = { provider: { id: string, conversations: { edges: Array<{ node:
          | { __typename: 'BirdConversation' }
          | { __typename: 'HelpScoutConversation', id: string, number: number | null, tags: Array<{ id: string, tag: string | null }> | null, customFields: Array<{ id: string, fieldId: number, name: string | null, value: string | null }> | null }
          | { __typename: 'LayerConversation' }
          | { __typename: 'MailPerformanceConversation' }
          | { __typename: 'TextUsConversation' }
         | null }> } | null } | null };

export type LayerConversationQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type LayerConversationQuery = { conversation:
    | { __typename: 'BirdConversation' }
    | { __typename: 'HelpScoutConversation' }
    | { __typename: 'LayerConversation', id: string, appId: string, distinct: boolean | null, participantIds: Array<string> | null, metadata: Record<string, unknown> | null, messages: { edges: Array<{ node:
            | { __typename: 'BirdMessage', id: string, sender:
                | { __typename: 'BirdParticipant', id: string, displayName: string | null }
                | { __typename: 'HelpScoutCustomer', id: string, displayName: string | null }
                | { __typename: 'HelpScoutEmailAddress', id: string, displayName: string | null }
                | { __typename: 'HelpScoutUser', id: string, displayName: string | null }
                | { __typename: 'LayerIdentity', userId: string, identityType: string | null, id: string, displayName: string | null }
                | { __typename: 'LayerSystemSender', id: string, displayName: string | null }
                | { __typename: 'MailPerformanceTarget', id: string, displayName: string | null }
                | { __typename: 'TextUsContact', id: string, displayName: string | null }
                | { __typename: 'TextUsUser', id: string, displayName: string | null }
               | null }
            | { __typename: 'HelpScoutThread', id: string, sender:
                | { __typename: 'BirdParticipant', id: string, displayName: string | null }
                | { __typename: 'HelpScoutCustomer', id: string, displayName: string | null }
                | { __typename: 'HelpScoutEmailAddress', id: string, displayName: string | null }
                | { __typename: 'HelpScoutUser', id: string, displayName: string | null }
                | { __typename: 'LayerIdentity', userId: string, identityType: string | null, id: string, displayName: string | null }
                | { __typename: 'LayerSystemSender', id: string, displayName: string | null }
                | { __typename: 'MailPerformanceTarget', id: string, displayName: string | null }
                | { __typename: 'TextUsContact', id: string, displayName: string | null }
                | { __typename: 'TextUsUser', id: string, displayName: string | null }
               | null }
            | { __typename: 'LayerMessage', position: unknown, sentAt: string | null, id: string, parts: Array<{ mimeType: string | null, body: string | null }> | null, recipientStatus: Array<{ userId: string, status: string }> | null, sender:
                | { __typename: 'BirdParticipant', id: string, displayName: string | null }
                | { __typename: 'HelpScoutCustomer', id: string, displayName: string | null }
                | { __typename: 'HelpScoutEmailAddress', id: string, displayName: string | null }
                | { __typename: 'HelpScoutUser', id: string, displayName: string | null }
                | { __typename: 'LayerIdentity', userId: string, identityType: string | null, id: string, displayName: string | null }
                | { __typename: 'LayerSystemSender', id: string, displayName: string | null }
                | { __typename: 'MailPerformanceTarget', id: string, displayName: string | null }
                | { __typename: 'TextUsContact', id: string, displayName: string | null }
                | { __typename: 'TextUsUser', id: string, displayName: string | null }
               | null }
            | { __typename: 'MailPerformanceEvent', id: string, sender:
                | { __typename: 'BirdParticipant', id: string, displayName: string | null }
                | { __typename: 'HelpScoutCustomer', id: string, displayName: string | null }
                | { __typename: 'HelpScoutEmailAddress', id: string, displayName: string | null }
                | { __typename: 'HelpScoutUser', id: string, displayName: string | null }
                | { __typename: 'LayerIdentity', userId: string, identityType: string | null, id: string, displayName: string | null }
                | { __typename: 'LayerSystemSender', id: string, displayName: string | null }
                | { __typename: 'MailPerformanceTarget', id: string, displayName: string | null }
                | { __typename: 'TextUsContact', id: string, displayName: string | null }
                | { __typename: 'TextUsUser', id: string, displayName: string | null }
               | null }
            | { __typename: 'TextUsConversationEvent', id: string, sender:
                | { __typename: 'BirdParticipant', id: string, displayName: string | null }
                | { __typename: 'HelpScoutCustomer', id: string, displayName: string | null }
                | { __typename: 'HelpScoutEmailAddress', id: string, displayName: string | null }
                | { __typename: 'HelpScoutUser', id: string, displayName: string | null }
                | { __typename: 'LayerIdentity', userId: string, identityType: string | null, id: string, displayName: string | null }
                | { __typename: 'LayerSystemSender', id: string, displayName: string | null }
                | { __typename: 'MailPerformanceTarget', id: string, displayName: string | null }
                | { __typename: 'TextUsContact', id: string, displayName: string | null }
                | { __typename: 'TextUsUser', id: string, displayName: string | null }
               | null }
            | { __typename: 'TextUsMessage', id: string, sender:
                | { __typename: 'BirdParticipant', id: string, displayName: string | null }
                | { __typename: 'HelpScoutCustomer', id: string, displayName: string | null }
                | { __typename: 'HelpScoutEmailAddress', id: string, displayName: string | null }
                | { __typename: 'HelpScoutUser', id: string, displayName: string | null }
                | { __typename: 'LayerIdentity', userId: string, identityType: string | null, id: string, displayName: string | null }
                | { __typename: 'LayerSystemSender', id: string, displayName: string | null }
                | { __typename: 'MailPerformanceTarget', id: string, displayName: string | null }
                | { __typename: 'TextUsContact', id: string, displayName: string | null }
                | { __typename: 'TextUsUser', id: string, displayName: string | null }
               | null }
            | { __typename: 'TextUsTimelineItem', id: string, sender:
                | { __typename: 'BirdParticipant', id: string, displayName: string | null }
                | { __typename: 'HelpScoutCustomer', id: string, displayName: string | null }
                | { __typename: 'HelpScoutEmailAddress', id: string, displayName: string | null }
                | { __typename: 'HelpScoutUser', id: string, displayName: string | null }
                | { __typename: 'LayerIdentity', userId: string, identityType: string | null, id: string, displayName: string | null }
                | { __typename: 'LayerSystemSender', id: string, displayName: string | null }
                | { __typename: 'MailPerformanceTarget', id: string, displayName: string | null }
                | { __typename: 'TextUsContact', id: string, displayName: string | null }
                | { __typename: 'TextUsUser', id: string, displayName: string | null }
               | null }
           | null }> } | null }
    | { __typename: 'MailPerformanceConversation' }
    | { __typename: 'TextUsConversation' }
   | null };

export type MailPerformanceConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type MailPerformanceConversationQuery = { conversation:
    | { __typename: 'BirdConversation' }
    | { __typename: 'HelpScoutConversation' }
    | { __typename: 'LayerConversation' }
    | { __typename: 'MailPerformanceConversation', id: string, type: string | null, media: string | null, actionId: string | null, targetId: string | null, events: Array<{ id: string, type: string | null, date: string | null, reason: string | null }> | null, target: { id: string, email: string | null, firstName: string | null, lastName: string | null, redList: { mail: { reason: string | null } | null } | null } | null, action: { id: string, name: string | null, type: string | null, informations: { folder: string | null, category: string | null, state: number | null } | null, content: { subject: string | null, headers: { from: { prefix: string | null, domain: string | null, label: string | null } | null } | null } | null } | null }
    | { __typename: 'TextUsConversation' }
   | null };

export type TextUsConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type TextUsConversationQuery = { conversation:
    | { __typename: 'BirdConversation' }
    | { __typename: 'HelpScoutConversation' }
    | { __typename: 'LayerConversation' }
    | { __typename: 'MailPerformanceConversation' }
    | { __typename: 'TextUsConversation', id: string, slug: string, currentState: string | null, phoneNumber: string | null, formattedPhoneNumber: string | null, unanswered: boolean | null, jsonLd: { path: string, type: string }, timeline: { id: string, totalItems: number | null, latestPosition: string | null, members: Array<
          | { id: string, kind: ConversationMessageKind }
          | { id: string, kind: ConversationMessageKind }
          | { id: string, kind: ConversationMessageKind }
          | { id: string, kind: ConversationMessageKind }
          | { type: string | null, id: string, kind: ConversationMessageKind }
          | { body: string | null, deliveryState: string | null, id: string, kind: ConversationMessageKind }
          | { id: string, kind: ConversationMessageKind }
         | null> } | null, associatedContacts: { totalItems: number | null, members: Array<{ id: string, name: string | null, phones: { members: Array<{ phoneNumber: string | null, type: string | null }> } | null }> } | null, participantUsers: { members: Array<{ id: string, name: string | null, email: string | null }> } | null }
   | null };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { providers: Array<{ name: ConversationProvider, slug: string, mode: ConversationProviderMode, canList: boolean }> };

export type ProviderConversationsQueryVariables = Exact<{
  name: ConversationProvider;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProviderConversationsQuery = { provider: { name: ConversationProvider, conversations: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
          | { __typename: 'BirdConversation', id: string, subject: string | null, participants: Array<
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
            > | null }
          | { __typename: 'HelpScoutConversation', id: string, subject: string | null, participants: Array<
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
            > | null }
          | { __typename: 'LayerConversation', id: string, subject: string | null, participants: Array<
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
            > | null }
          | { __typename: 'MailPerformanceConversation', id: string, subject: string | null, participants: Array<
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
            > | null }
          | { __typename: 'TextUsConversation', id: string, subject: string | null, participants: Array<
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
              | { id: string, displayName: string | null }
            > | null }
         | null }> } | null } | null };


export const ConversationCommonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationCommon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommonConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"rawChannel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"webUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationCommonQuery, ConversationCommonQueryVariables>;
export const ConversationsByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationsByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommonConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsByIdsQuery, ConversationsByIdsQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const ConversationDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommonConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationDeepQuery, ConversationDeepQueryVariables>;
export const BirdConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BirdConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BirdConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platformStyle"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"channelInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platformId"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantType"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifierKey"}},{"kind":"Field","name":{"kind":"Name","value":"identifierValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BirdMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyType"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BirdParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientType"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BirdConversationQuery, BirdConversationQueryVariables>;
export const HelpScoutConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpScoutConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpScoutConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"threadCount"}},{"kind":"Field","name":{"kind":"Name","value":"cc"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"via"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"primaryCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HelpScoutConversationQuery, HelpScoutConversationQueryVariables>;
export const HelpScoutThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpScoutThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpScoutConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpScoutThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HelpScoutThreadsQuery, HelpScoutThreadsQueryVariables>;
export const HelpScoutCustomerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpScoutCustomerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpScoutCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HelpScoutCustomerProfileQuery, HelpScoutCustomerProfileQueryVariables>;
export const HelpScoutListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpScoutListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"HELP_SCOUT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpScoutConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HelpScoutListingQuery, HelpScoutListingQueryVariables>;
export const LayerConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LayerConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LayerConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"distinct"}},{"kind":"Field","name":{"kind":"Name","value":"participantIds"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LayerIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"identityType"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LayerMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LayerConversationQuery, LayerConversationQueryVariables>;
export const MailPerformanceConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailPerformanceConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailPerformanceConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"media"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"redList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"informations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MailPerformanceConversationQuery, MailPerformanceConversationQueryVariables>;
export const TextUsConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TextUsConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextUsConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unanswered"}},{"kind":"Field","name":{"kind":"Name","value":"jsonLd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"latestPosition"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextUsMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextUsConversationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"associatedContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participantUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TextUsConversationQuery, TextUsConversationQueryVariables>;
export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"canList"}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const ProviderConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationProvider"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommonConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderConversationsQuery, ProviderConversationsQueryVariables>;