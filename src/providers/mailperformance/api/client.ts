import { ErrorCode } from '../../../errors/error-codes';
import { ParleyError, badResponse, badUserInput } from '../../../errors/parley-error';
import type { HttpClient } from '../../../http/http-client';
import { preview } from '../../../ids/global-id';
import type { ProviderClient, ProviderIO } from '../../../kit/contract';
import { DEFECTS, Unreadable, type WithDefects } from '../../../kit/defects';
import type { Node } from '../../../schema/node.interface';
import type { MailPerformanceConversation } from '../graphql/conversation.type';
import type { MailPerformanceEvent } from '../graphql/event.type';
import type { MailPerformanceLinks } from '../graphql/links';
import { MAILPERFORMANCE } from '../identity';
import { NO_SUBJECT, mapConversation, type SubjectLookup } from '../mapping/conversation.mapper';
import { readMessage } from '../wire/message.wire';
import type { TargetFieldMap } from '../wire/target.wire';
import { parseCode, parseEventKey, parseMessageKey, type EventRef } from './keys';
import { createMailPerformanceLinks, sameId } from './links';
import { mailPerformancePaths } from './paths';

const CONVERSATION_TYPE = 'MailPerformanceConversation';

const isNotFound = (error: unknown): boolean => error instanceof ParleyError && error.code === ErrorCode.NOT_FOUND;

/** Why a field of a built object is unreadable, as its mapper recorded it for the field guard. */
const reasonOf = (built: object, field: string): string | undefined => (built as WithDefects)[DEFECTS]?.reasons[field];

/**
 * MailPerformance connected to its upstream. Get-by-id only: the API has no way to list
 * messages, so `listConversations` is deliberately absent (the gateway answers UNSUPPORTED).
 */
export class MailPerformanceClient implements ProviderClient {
  readonly links: MailPerformanceLinks;

  constructor(
    readonly http: HttpClient,
    targetFields: TargetFieldMap,
  ) {
    this.links = createMailPerformanceLinks(targetFields);
  }

  parseKey(key: string): string {
    return parseMessageKey(key);
  }

  /**
   * `GET /messages/{id}`, then, only when the operation selects `subject`, the message's
   * action (`GET /actions/{id}`) through the same loader the `action` field uses.
   */
  async fetchConversation(key: string, io: ProviderIO): Promise<MailPerformanceConversation> {
    const read = readMessage((await io.get(mailPerformancePaths.message(key))).body);
    // UUIDs are case-insensitive: only another message's id is a wrong answer.
    sameId('message', key.toLowerCase(), read.wire.id.toLowerCase());
    // Without lookahead (naive baseline) subject may be read, so it is fetched rather than left null.
    const wantsSubject = !io.lookahead || io.selects(CONVERSATION_TYPE, 'subject');
    const actionId = read.wire.actionId;
    const subject = wantsSubject && actionId ? await this.subjectOf(actionId, io) : NO_SUBJECT;
    return mapConversation(read, this.links, subject);
  }

  /** Node kinds: `event` (`<uuid>.<index>`), `target` and `action` (codes). */
  fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    switch (kind) {
      case 'event':
        return this.event(parseEventKey(key), io);
      case 'target':
        return this.links.target(parseCode(key, 'target'), io);
      case 'action':
        return this.links.action(parseCode(key, 'action'), io);
      default:
        throw badUserInput(`MailPerformance has no node of kind "${preview(kind)}" (event, target, action)`, MAILPERFORMANCE.slug);
    }
  }

  /**
   * A deleted action (404) leaves the subject unknown (null). Any other failure costs the
   * subject alone, which then answers with an error when selected; the `action` field reports
   * the failure itself with its own code.
   */
  private async subjectOf(actionId: string, io: ProviderIO): Promise<SubjectLookup> {
    try {
      const action = await this.links.action(actionId, io);
      const unreadable = reasonOf(action, 'content') ?? (action.content ? reasonOf(action.content, 'subject') : undefined);
      return unreadable ? { unreadable } : { value: action.content?.subject ?? null };
    } catch (error) {
      if (isNotFound(error)) return NO_SUBJECT;
      if (error instanceof ParleyError) return { failed: error };
      throw error;
    }
  }

  private async event({ messageId, index }: EventRef, io: ProviderIO): Promise<MailPerformanceEvent> {
    const event = (await this.fetchConversation(messageId, io)).timeline[index];
    if (!event) throw new ParleyError(ErrorCode.NOT_FOUND, `MailPerformance message has no event ${index}`, { provider: MAILPERFORMANCE.slug });
    if (event instanceof Unreadable) throw badResponse(MAILPERFORMANCE.slug, event.reason);
    return event;
  }
}
