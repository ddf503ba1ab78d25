import type { ProviderAdapter } from '../adapter';
import { Provider } from '../../schema/enums';
import { HelpScoutConversation } from './helpscout-conversation.type';
import {
  HelpScoutAttachment, HelpScoutCustomField, HelpScoutLink, HelpScoutNextEvent, HelpScoutSnooze, HelpScoutSource, HelpScoutTag,
  HelpScoutThreadAction, HelpScoutWaitingSince,
} from './helpscout-parts.type';
import { HelpScoutCustomer, HelpScoutEmailAddress, HelpScoutUser } from './helpscout-participant.type';
import {
  HelpScoutAddress, HelpScoutContactEntry, HelpScoutCustomerProfile, HelpScoutMailbox, HelpScoutUserProfile,
} from './helpscout-profile.type';
import { HelpScoutThread } from './helpscout-thread.type';
import { HelpScoutClient } from './helpscout.client';
import { connectHttp, ENV, hasCredentials } from './helpscout.config';
import { createHelpScoutSimulator } from './helpscout.simulator';
import { SLUG } from './helpscout.wire';

/** Help Scout Mailbox API 2.0 (HAL+JSON): conversations, threads, customers, users, mailboxes. */
export const helpScoutAdapter: ProviderAdapter = {
  slug: SLUG,
  provider: Provider.HELP_SCOUT,
  title: 'Help Scout',
  conversationType: HelpScoutConversation,
  types: [
    HelpScoutThread, HelpScoutCustomer, HelpScoutUser, HelpScoutEmailAddress, HelpScoutMailbox, HelpScoutCustomerProfile,
    HelpScoutUserProfile, HelpScoutContactEntry, HelpScoutAddress, HelpScoutTag, HelpScoutCustomField, HelpScoutSource,
    HelpScoutWaitingSince, HelpScoutSnooze, HelpScoutNextEvent, HelpScoutLink, HelpScoutThreadAction, HelpScoutAttachment,
  ],
  envVars: [ENV.baseUrl, ENV.token, ENV.appId, ENV.appSecret],
  hasCredentials,
  connect: (env, options) => new HelpScoutClient(connectHttp(env, options)),
  createSimulator: createHelpScoutSimulator,
};
