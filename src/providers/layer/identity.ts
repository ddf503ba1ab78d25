import { defineProvider } from '../../kit/identity';

/** Layer Platform API, v1.0 shapes. */
export const LAYER = defineProvider({
  slug: 'layer',
  name: 'LAYER',
  title: 'Layer',
  description: 'Layer Platform API (versioned vnd.layer+json).',
});
