import type { ProviderAdapter } from '../adapter';
import { Provider } from '../../schema/enums';
import {
  MailPerformanceAction, MailPerformanceActionContent, MailPerformanceActionHeaders, MailPerformanceActionInformations,
  MailPerformanceSender,
} from './mailperformance-action.type';
import { MailPerformanceConversation } from './mailperformance-conversation.type';
import { MailPerformanceEvent } from './mailperformance-event.type';
import {
  MailPerformanceRedList, MailPerformanceRedListEntry, MailPerformanceTarget, MailPerformanceTargetBounce,
} from './mailperformance-target.type';
import { MailPerformanceClient } from './mailperformance.client';
import { ENV, configure, hasCredentials } from './mailperformance.config';
import { SLUG } from './mailperformance.links';
import { createMailPerformanceSimulator } from './mailperformance.simulator';

/** MailPerformance (NP6) transactional messages: get by id only, events as the timeline. */
export const mailPerformanceAdapter: ProviderAdapter = {
  slug: SLUG,
  provider: Provider.MAIL_PERFORMANCE,
  title: 'MailPerformance',
  conversationType: MailPerformanceConversation,
  types: [
    MailPerformanceEvent, MailPerformanceTarget, MailPerformanceTargetBounce, MailPerformanceRedList, MailPerformanceRedListEntry,
    MailPerformanceAction, MailPerformanceActionInformations, MailPerformanceActionContent, MailPerformanceActionHeaders,
    MailPerformanceSender,
  ],
  envVars: [ENV.baseUrl, ENV.apiKey, ENV.targetFields],
  hasCredentials,
  connect(env, options) {
    const { http, targetFields } = configure(env, options);
    return new MailPerformanceClient(http, targetFields);
  },
  createSimulator: createMailPerformanceSimulator,
};
