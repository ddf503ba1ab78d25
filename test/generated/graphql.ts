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
export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"canList"}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const ProviderConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationProvider"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommonConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderConversationsQuery, ProviderConversationsQueryVariables>;