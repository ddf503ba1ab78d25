import { ErrorCode } from '../../errors/error-codes';
import { ParleyError, badUserInput } from '../../errors/parley-error';
import type { HttpClient } from '../../http/http-client';
import { preview } from '../../ids/global-id';
import type { Node } from '../../schema/node.interface';
import type { ProviderClient, ProviderIO } from '../adapter';
import type { MailPerformanceAction } from './mailperformance-action.type';
import type { MailPerformanceConversation } from './mailperformance-conversation.type';
import type { MailPerformanceEvent } from './mailperformance-event.type';
import type { MailPerformanceTarget } from './mailperformance-target.type';
import type { TargetFieldMap } from './mailperformance.config';
import { SLUG, type MailPerformanceLinks } from './mailperformance.links';
import { mapConversation } from './mailperformance.mapper';
import { mapAction, mapTarget } from './mailperformance-resources.mapper';
import { CODE, UUID, parseAction, parseMessage, parseTarget } from './mailperformance.wire';

const CONVERSATION_TYPE = 'MailPerformanceConversation';
// `<uuid>.<index>`: the UUID pattern without its anchors, then an index without leading zeros.
const EVENT_KEY = new RegExp(`^(${UUID.source.slice(1, -1)})\\.(0|[1-9]\\d{0,5})$`, 'i');

// Paths are relative so a base URL with a path prefix keeps it; keys are always encoded.
const messagePath = (key: string): string => `messages/${encodeURIComponent(key)}`;
const targetPath = (id: string): string => `targets/${encodeURIComponent(id)}`;
const actionPath = (id: string): string => `actions/${encodeURIComponent(id)}`;

const isNotFound = (error: unknown): boolean => error instanceof ParleyError && error.code === ErrorCode.NOT_FOUND;

function parseCode(key: string, what: string): string {
  if (!CODE.test(key)) throw badUserInput(`A MailPerformance ${what} code is alphanumeric (like 000QE6KY); got "${preview(key)}"`, SLUG);
  return key;
}

interface EventKey {
  messageId: string;
  index: number;
}

/** `<message uuid>.<index>`, validated before any request (BAD_USER_INPUT otherwise). */
function parseEventKey(key: string): EventKey {
  const match = EVENT_KEY.exec(key);
  if (!match?.[1] || !match[2]) throw badUserInput(`A MailPerformance event key is <message uuid>.<index>; got "${preview(key)}"`, SLUG);
  return { messageId: match[1].toLowerCase(), index: Number(match[2]) };
}

/**
 * MailPerformance connected to its upstream. Get-by-id only: the API has no way to list
 * messages, so `listConversations` is deliberately absent (the gateway answers UNSUPPORTED).
 */
export class MailPerformanceClient implements ProviderClient, MailPerformanceLinks {
  constructor(
    readonly http: HttpClient,
    private readonly targetFields: TargetFieldMap,
  ) {}

  /** Message ids are UUIDs; the canonical form is lower-case. */
  parseKey(key: string): string {
    if (!UUID.test(key)) throw badUserInput(`A MailPerformance message id is a UUID; got "${preview(key)}"`, SLUG);
    return key.toLowerCase();
  }

  /**
   * `GET /messages/{id}`, then, only when the operation selects `subject`, the message's
   * action (`GET /actions/{id}`) through the same loader the `action` field uses.
   */
  async fetchConversation(key: string, io: ProviderIO): Promise<MailPerformanceConversation> {
    const parsed = parseMessage((await io.get(messagePath(key))).body);
    // Without lookahead (naive baseline) subject may be read, so it is fetched rather than left null.
    const wantsSubject = !io.lookahead || io.selects(CONVERSATION_TYPE, 'subject');
    const subject = wantsSubject ? await this.subjectOf(parsed.wire.actionId, io) : null;
    return mapConversation(parsed, this, subject);
  }

  async target(targetId: string, io: ProviderIO): Promise<MailPerformanceTarget> {
    return mapTarget(parseTarget((await io.get(targetPath(targetId))).body), this.targetFields);
  }

  async action(actionId: string, io: ProviderIO): Promise<MailPerformanceAction> {
    return mapAction(parseAction((await io.get(actionPath(actionId))).body));
  }

  /** Node kinds: `event` (`<uuid>.<index>`), `target` and `action` (codes). */
  fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    switch (kind) {
      case 'event':
        return this.event(parseEventKey(key), io);
      case 'target':
        return this.target(parseCode(key, 'target'), io);
      case 'action':
        return this.action(parseCode(key, 'action'), io);
      default:
        throw badUserInput(`MailPerformance has no node of kind "${preview(kind)}" (event, target, action)`, SLUG);
    }
  }

  /** A deleted action leaves the message readable: its subject is then unknown (null). */
  private async subjectOf(actionId: string, io: ProviderIO): Promise<string | null> {
    try {
      return (await this.action(actionId, io)).content?.subject ?? null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  private async event({ messageId, index }: EventKey, io: ProviderIO): Promise<MailPerformanceEvent> {
    const event = (await this.fetchConversation(messageId, io)).events[index];
    if (!event) throw new ParleyError(ErrorCode.NOT_FOUND, `MailPerformance message has no event ${index}`, { provider: SLUG });
    return event;
  }
}
