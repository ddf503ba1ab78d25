import type { Unreadable } from '../../../kit/defects';
import type { LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import type { Message } from '../../../schema/message.interface';
import type { Participant } from '../../../schema/participant.interface';
import type { TextUsAssignmentCollection } from './assignment.type';
import type { TextUsContact, TextUsContactCollection, TextUsUser, TextUsUserCollection } from './participant.type';
import type { TextUsUserInfo } from './parts.type';
import type { TextUsTimeline } from './timeline.type';

/** A collection or object as a payload holds it: embedded (already mapped) or only a link to it. */
export type EmbeddedOrLink<T> = T | string;

/** A list member that could not be read keeps its place: null plus this error where it is selected. */
export type Listed<T> = T | Error;

/** Where a conversation's timeline lives, as the mapper found it in the conversation payload. */
export interface TextUsTimelineRef {
  /** The conversation the items are read in: its contact is an inbound message's sender. */
  readonly people: TextUsPeopleRef;
  /** The timeline's JSON-LD id (`/conversations/kY1QwY/timeline`), its first and newest page; null when the payload left it out. */
  readonly path: string | null;
  /**
   * `view.next` of the first page when the conversation embedded that page in full: null when it
   * is the only page, so the oldest page is known without a request; undefined when not embedded.
   */
  readonly olderThanFirst: string | null | undefined;
  /** Items (messages and events) in the whole timeline, when the conversation says. */
  readonly totalItems: number | null;
}

/** A conversation's people as its payload holds them. */
export interface TextUsPeopleRef {
  /** The conversation's slug. */
  readonly conversationKey: string;
  /** `associatedContacts`: embedded in a GET, a link in list results, null when left out. */
  readonly contacts: EmbeddedOrLink<TextUsContactCollection> | null;
  /** TextUs `participants` (users who wrote to the contact), null when left out. */
  readonly users: EmbeddedOrLink<TextUsUserCollection> | null;
}

/**
 * What the TextUs GraphQL classes call to follow their links, with the request's IO. Implemented
 * by `api/links.ts` and handed to each object by the mappers, so the classes never import fetch
 * code.
 */
export interface TextUsLinks {
  /** Messages and events, oldest first. */
  messages(timeline: TextUsTimelineRef, request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>>;
  /** The timeline behind its link (one request unless read earlier), as its first page. */
  timeline(timeline: TextUsTimelineRef, io: LinkIO): Promise<TextUsTimeline>;
  /** The first timeline page in TextUs order (newest first): free when it was embedded. */
  firstTimelinePage(timeline: TextUsTimelineRef, io: LinkIO): Promise<Listed<Message>[]>;
  /** The newest Message (events left out) of the first timeline page, or null. */
  newestMessage(timeline: TextUsTimelineRef, io: LinkIO): Promise<Message | null>;
  /** A timeline item behind a link (`latestPreviewableItem` as `/messages/06oyogE`). */
  item(link: string, people: TextUsPeopleRef, io: LinkIO): Promise<Message>;
  /** The first page of `associatedContacts`. */
  contacts(people: TextUsPeopleRef, io: LinkIO): Promise<TextUsContactCollection>;
  /** The first page of TextUs `participants` (users). */
  users(people: TextUsPeopleRef, io: LinkIO): Promise<TextUsUserCollection>;
  /** Every contact, then every user, over all pages; each person once. */
  everyone(people: TextUsPeopleRef, io: LinkIO): Promise<Participant[]>;
  /** `assignments` behind its link (one request), or as embedded. */
  assignments(ref: EmbeddedOrLink<TextUsAssignmentCollection>, io: LinkIO): Promise<TextUsAssignmentCollection>;
  /** `requestingUserInfo`: embedded in list results, behind a link in a GET. */
  userInfo(ref: EmbeddedOrLink<TextUsUserInfo> | null, io: LinkIO): Promise<TextUsUserInfo | null>;
  /** A user behind a link (`sender`, event `user`): one request unless embedded earlier. */
  user(link: string, io: LinkIO): Promise<TextUsUser>;
  /** The contact of the conversation `conversationKey` (its first associated contact). */
  contactOf(conversationKey: string, io: LinkIO): Promise<TextUsContact | null>;
}
