import { defineProvider } from '../../src/kit/identity';

/** Example Chat: a provider that exists only in tests, to prove a new provider needs no edit outside its folder. */
export const EXAMPLE = defineProvider({
  slug: 'example',
  name: 'EXAMPLE',
  title: 'Example Chat',
  description: 'Example Chat API: a test-only provider proving that a new provider is one folder plus one registry line.',
});
