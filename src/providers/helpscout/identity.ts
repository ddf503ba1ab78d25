import { defineProvider } from '../../kit/identity';

/** Help Scout: global ids `helpscout:…`, enum value `HELP_SCOUT`. */
export const HELP_SCOUT = defineProvider({
  slug: 'helpscout',
  name: 'HELP_SCOUT',
  title: 'Help Scout',
  description: 'Help Scout Mailbox API 2.0 (HAL+JSON).',
});
