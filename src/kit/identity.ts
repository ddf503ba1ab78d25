/**
 * Who a provider is. Each provider folder declares its identity once; the slug (global-id
 * prefix), the `Provider` enum value, the union member and the docs all come from it, so no
 * list of providers is kept by hand anywhere.
 */
export interface ProviderIdentity {
  /** Prefix of every global id (`helpscout` in `helpscout:123`): lower-case letters and digits. */
  readonly slug: string;
  /** The provider's value in the GraphQL `Provider` enum (`HELP_SCOUT`). */
  readonly name: string;
  /** Human name for messages and docs ("Help Scout"). */
  readonly title: string;
  /** Description of the enum value: which API and format this provider speaks. */
  readonly description: string;
}

const SLUG = /^[a-z][a-z0-9]{1,30}$/;
const NAME = /^[A-Z][A-Z0-9_]{1,40}$/;

/** Checks an identity once, when its module loads, so a typo fails at start-up, not in a query. */
export function defineProvider<const T extends ProviderIdentity>(identity: T): Readonly<T> {
  if (!SLUG.test(identity.slug)) throw new Error(`Provider slug "${identity.slug}" must be lower-case letters and digits`);
  if (!NAME.test(identity.name)) throw new Error(`Provider name "${identity.name}" must be an upper-case GraphQL enum value`);
  return Object.freeze({ ...identity });
}
