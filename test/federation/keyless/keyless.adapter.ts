import { ObjectType } from 'type-graphql';
import type { ProviderAdapter } from '../../../src/kit/contract';
import { defineProvider } from '../../../src/kit/identity';
import type { PageResult } from '../../../src/kit/paging/request';
import { CommonConversation } from '../../../src/schema/conversation.interface';
import type { Message } from '../../../src/schema/message.interface';
import { Node } from '../../../src/schema/node.interface';
import type { Participant } from '../../../src/schema/participant.interface';

const KEYLESS = defineProvider({ slug: 'keyless', name: 'KEYLESS', title: 'Keyless Chat', description: 'A test-only provider whose conversation type forgot its @key.' });

const never = (): never => {
  throw new Error('Keyless Chat is never connected: only the schema build is under test');
};

/** A conversation type exactly like a real one, except that it has no @Directive('@key(fields: "id")'). */
@ObjectType('KeylessConversation', { implements: [CommonConversation, Node], description: 'A conversation type without its federation key.' })
export class KeylessConversation extends CommonConversation {
  protected loadParticipants(): Promise<Participant[]> {
    return Promise.resolve([]);
  }

  protected loadCustomer(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  protected loadAssignee(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  protected loadLastMessage(): Promise<Message | null> {
    return Promise.resolve(null);
  }

  protected loadMessages(): Promise<PageResult<Message>> {
    return Promise.resolve({ items: [], hasNextPage: false, totalCount: 0 });
  }
}

/** Registered like any provider (one registry line); everything but its schema types is a stub. */
export const keylessAdapter: ProviderAdapter = {
  identity: KEYLESS,
  conversationType: KeylessConversation,
  types: [],
  envVars: [],
  hasCredentials: () => false,
  connect: never,
  simulator: {
    create: never,
    demo: { seedKey: 'k1', expected: {}, missingKey: 'k0', malformedKeys: [], badCredentials: {}, conversationPath: /^\/conversations\//, secret: 'none' },
  },
};
