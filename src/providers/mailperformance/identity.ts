import { defineProvider } from '../../kit/identity';

/** MailPerformance (NP6): global ids `mailperformance:…`, enum value `MAIL_PERFORMANCE`. */
export const MAILPERFORMANCE = defineProvider({
  slug: 'mailperformance',
  name: 'MAIL_PERFORMANCE',
  title: 'MailPerformance',
  description: 'MailPerformance (NP6) transactional messages.',
});
