import type { ProviderAdapter } from '../../kit/contract';
import { connect, ENV_VARS, hasCredentials } from './api/config';
import {
  MailPerformanceAction, MailPerformanceActionContent, MailPerformanceActionHeaders, MailPerformanceActionInformations,
  MailPerformanceSender,
} from './graphql/action.type';
import { MailPerformanceConversation } from './graphql/conversation.type';
import { MailPerformanceEvent } from './graphql/event.type';
import {
  MailPerformanceRedList, MailPerformanceRedListEntry, MailPerformanceTarget, MailPerformanceTargetBounce,
} from './graphql/target.type';
import { MAILPERFORMANCE } from './identity';
import { mailPerformanceSimulator } from './simulator';

/** MailPerformance (NP6) transactional messages: get by id only, events as the timeline. */
export const mailPerformanceAdapter: ProviderAdapter = {
  identity: MAILPERFORMANCE,
  conversationType: MailPerformanceConversation,
  types: [
    MailPerformanceEvent, MailPerformanceTarget, MailPerformanceTargetBounce, MailPerformanceRedList, MailPerformanceRedListEntry,
    MailPerformanceAction, MailPerformanceActionInformations, MailPerformanceActionContent, MailPerformanceActionHeaders,
    MailPerformanceSender,
  ],
  envVars: ENV_VARS,
  hasCredentials,
  connect,
  simulator: mailPerformanceSimulator,
};
