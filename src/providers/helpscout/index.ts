import type { ProviderAdapter } from '../../kit/contract';
import { connect, ENV_VARS, hasCredentials } from './api/config';
import { HelpScoutConversation } from './graphql/conversation.type';
import { HelpScoutCustomer, HelpScoutEmailAddress, HelpScoutUser } from './graphql/participant.type';
import {
  HelpScoutAttachment, HelpScoutCustomField, HelpScoutLink, HelpScoutNextEvent, HelpScoutSnooze, HelpScoutSource, HelpScoutTag,
  HelpScoutThreadAction, HelpScoutWaitingSince,
} from './graphql/parts.type';
import {
  HelpScoutAddress, HelpScoutContactEntry, HelpScoutCustomerProfile, HelpScoutMailbox, HelpScoutUserProfile,
} from './graphql/profile.type';
import { HelpScoutThread } from './graphql/thread.type';
import { HELP_SCOUT } from './identity';
import { helpScoutSimulator } from './simulator';

/** Help Scout Mailbox API 2.0 (HAL+JSON): conversations, threads, customers, users, mailboxes. */
export const helpScoutAdapter: ProviderAdapter = {
  identity: HELP_SCOUT,
  conversationType: HelpScoutConversation,
  types: [
    HelpScoutThread, HelpScoutCustomer, HelpScoutUser, HelpScoutEmailAddress, HelpScoutMailbox, HelpScoutCustomerProfile,
    HelpScoutUserProfile, HelpScoutContactEntry, HelpScoutAddress, HelpScoutTag, HelpScoutCustomField, HelpScoutSource,
    HelpScoutWaitingSince, HelpScoutSnooze, HelpScoutNextEvent, HelpScoutLink, HelpScoutThreadAction, HelpScoutAttachment,
  ],
  envVars: ENV_VARS,
  hasCredentials,
  connect,
  simulator: helpScoutSimulator,
};
