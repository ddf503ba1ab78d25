import { defineProvider } from '../../kit/identity';

/** TextUs: SMS conversations over the "TextUs Next" JSON-LD API. */
export const TEXTUS = defineProvider({
  slug: 'textus',
  name: 'TEXT_US',
  title: 'TextUs',
  description: 'TextUs Next API (JSON-LD with hydra collections).',
});
