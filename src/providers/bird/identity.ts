import { defineProvider } from '../../kit/identity';

/** Bird: the global-id prefix, the `Provider` enum value and its description. */
export const BIRD = defineProvider({
  slug: 'bird',
  name: 'BIRD',
  title: 'Bird',
  description: 'Bird Conversations API (workspace-scoped).',
});
