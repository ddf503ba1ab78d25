/**
 * Said at the end of the description of every object type without an `id`: normalised client
 * caches (Apollo InMemoryCache, urql graphcache, Relay) store such an object inside its parent
 * instead of on its own. The schema id test requires these words on every type without an id.
 */
export const VALUE_OBJECT = 'Value object: no id; caches keep it inside its parent.';

/** A type description that declares the type a value object. */
export const valueObject = (description: string): string => `${description} ${VALUE_OBJECT}`;
