// TEMPORARY scaffolding so the registry compiles while provider folders are being written.
// Each provider's index.ts replaces its use of this; the file is deleted once none remain.
import { ObjectType } from 'type-graphql';
import { unsupported } from '../../errors/parley-error';
import { CommonConversation } from '../../schema/conversation.interface';
import { Node } from '../../schema/node.interface';
import type { Provider } from '../../schema/enums';
import type { ProviderAdapter, ProviderSlug } from '../adapter';

export function placeholderAdapter(slug: ProviderSlug, provider: Provider, title: string, typeName: string): ProviderAdapter {
  const fail = (): never => {
    throw unsupported(slug, `${title} is not implemented yet`);
  };
  @ObjectType(typeName, { implements: [CommonConversation, Node], description: `${title} conversation.` })
  class Placeholder extends CommonConversation {
    protected loadParticipants = fail;
    protected loadCustomer = fail;
    protected loadAssignee = fail;
    protected loadLastMessage = fail;
    protected loadMessages = fail;
  }
  return {
    slug, provider, title, conversationType: Placeholder, types: [], envVars: [],
    hasCredentials: () => false,
    connect: fail,
    createSimulator: fail,
  };
}
