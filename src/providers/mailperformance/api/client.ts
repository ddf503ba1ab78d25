import { ErrorCode } from '../../../errors/error-codes';
import { ParleyError, badUserInput } from '../../../errors/parley-error';
import type { HttpClient } from '../../../http/http-client';
import { preview } from '../../../ids/global-id';
import type { ProviderClient, ProviderIO } from '../../../kit/contract';
import type { Node } from '../../../schema/node.interface';
import type { MailPerformanceConversation } from '../graphql/conversation.type';
import type { MailPerformanceEvent } from '../graphql/event.type';
import type { MailPerformanceLinks } from '../graphql/links';
import { MAILPERFORMANCE } from '../identity';
import { mapConversation } from '../mapping/conversation.mapper';
import { parseMessage } from '../wire/message.wire';
import type { TargetFieldMap } from '../wire/target.wire';
import { parseCode, parseEventKey, parseMessageKey, type EventRef } from './keys';
import { createMailPerformanceLinks } from './links';
import { mailPerformancePaths } from './paths';

const CONVERSATION_TYPE = 'MailPerformanceConversation';

const isNotFound = (error: unknown): boolean => error instanceof ParleyError && error.code === ErrorCode.NOT_FOUND;

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
    const parsed = parseMessage((await io.get(mailPerformancePaths.message(key))).body);
    // Without lookahead (naive baseline) subject may be read, so it is fetched rather than left null.
    const wantsSubject = !io.lookahead || io.selects(CONVERSATION_TYPE, 'subject');
    const subject = wantsSubject ? await this.subjectOf(parsed.wire.actionId, io) : null;
    return mapConversation(parsed, this.links, subject);
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

  /** A deleted action leaves the message readable: its subject is then unknown (null). */
  private async subjectOf(actionId: string, io: ProviderIO): Promise<string | null> {
    try {
      return (await this.links.action(actionId, io)).content?.subject ?? null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  private async event({ messageId, index }: EventRef, io: ProviderIO): Promise<MailPerformanceEvent> {
    const event = (await this.fetchConversation(messageId, io)).events[index];
    if (!event) throw new ParleyError(ErrorCode.NOT_FOUND, `MailPerformance message has no event ${index}`, { provider: MAILPERFORMANCE.slug });
    return event;
  }
}
