/**
 * The provider contract, types only: what a provider folder exports and what the gateway
 * hands it. Modelled on Apollo Server's `externalTypes/` split: this module holds no code, so
 * anything may name these types without pulling in the gateway, the app context or a provider.
 */
import type { ClassType } from 'type-graphql';
import type { Exchange, FetchLike, HttpClient, HttpClientOptions } from '../http/http-client';
import type { CommonConversation } from '../schema/conversation.interface';
import type { Node } from '../schema/node.interface';
import type { SimulatorSpec } from '../simulator/sim-types';
import type { Env } from './env';
import type { ProviderIdentity } from './identity';
import type { LinkIO } from './link-io';
import type { PageRequest, PageResult } from './paging/request';
import type { Unreadable } from './defects';

/** One environment variable a provider reads, as the README's configuration table shows it. */
export interface EnvVar {
  readonly name: string;
  /** The value used when it is unset, when there is one. */
  readonly default?: string;
  readonly description: string;
}

/**
 * What the gateway hands `connect`: shared HTTP settings (resilience policies included, for
 * tests and the chaos run), never provider-specific ones. Providers spread them into their
 * `HttpClient` options.
 */
export interface ConnectOptions extends Partial<Pick<HttpClientOptions, 'breaker' | 'retry' | 'rateLimit' | 'maxConcurrent' | 'maxQueued' | 'cache'>> {
  fetch?: FetchLike;
  timeoutMs?: number;
  onExchange?: (exchange: Exchange) => void;
  /** Retries, rate-limit waits and refusals, breaker openings (the server's metrics subscribe through the gateway). */
  onResilience?: HttpClientOptions['onResilience'];
  /** Events of the upstream response cache (hits, misses, revalidations, stores, errors). */
  onCacheEvent?: HttpClientOptions['onCacheEvent'];
  /**
   * True only for a LIVE provider. The extra API roots a provider documents for itself are
   * credential scopes only then; a simulated provider (the default) sends its credentials to its
   * simulator's base URL and nowhere else.
   */
  live?: boolean;
}

/** Per-request access to one provider's upstream, as the provider's client sees it. */
export interface ProviderIO extends LinkIO {
  /** Seeds the conversation loader, e.g. with a merged id's target or another spelling of its key. */
  primeConversation(key: string, conversation: CommonConversation): void;
}

/**
 * A provider connected to its upstream (live or simulated): built once at start-up from the
 * environment, shared by all requests. Holds no per-request state.
 */
export interface ProviderClient {
  readonly http: HttpClient;
  /**
   * Validates the native key of a global id (`123` in `helpscout:123`) and returns its
   * canonical form, so two spellings of one conversation share one loader entry.
   * Throws BAD_USER_INPUT (no request is made) when the key cannot be an id of this provider.
   */
  parseKey(key: string): string;
  /** Fetches and maps one conversation by canonical key. */
  fetchConversation(key: string, io: ProviderIO): Promise<CommonConversation>;
  /**
   * Lists conversations newest first; absent when the provider cannot list (UNSUPPORTED).
   * The gateway primes the conversation loader with every listed conversation.
   */
  listConversations?(request: PageRequest, io: ProviderIO): Promise<PageResult<CommonConversation | Unreadable>>;
  /** False when listing exists but this configuration cannot use it (a missing account or user id). */
  readonly canList?: boolean;
  /** Fetches a non-conversation node (`helpscout:customer:12` → kind `customer`, key `12`). */
  fetchNode?(kind: string, key: string, io: ProviderIO): Promise<Node>;
}

/**
 * Facts about a simulator's demo data that the shared contract suite checks against every
 * provider: the suite reads them from the registry, so a new provider is covered by the suite
 * without a runner file of its own.
 */
export interface SimulatorDemo {
  /** Native key of the seed conversation, as in the contract's demo id. */
  readonly seedKey: string;
  /** Common fields the seed conversation maps to (checked with `toMatchObject`). */
  readonly expected: Readonly<Record<string, unknown>>;
  /** A well-formed key the simulator does not know (404 upstream). */
  readonly missingKey: string;
  /** Keys refused before any request. */
  readonly malformedKeys: readonly string[];
  /** Environment overrides that make the simulator refuse the credentials (401). */
  readonly badCredentials: Env;
  /** Matches the path of the conversation request, to aim injected faults at it. */
  readonly conversationPath: RegExp;
  /** The simulator's credential value, which must never appear in an error. */
  readonly secret: string;
}

/** A provider's built-in simulated upstream and the demo data it holds. */
export interface ProviderSimulator {
  create(): SimulatorSpec;
  readonly demo: SimulatorDemo;
}

/**
 * The contract every provider folder exports from its `index.ts`. Nothing outside
 * `src/providers/<slug>/` knows a provider's paths, headers or payloads: the gateway only goes
 * through these members.
 */
export interface ProviderAdapter {
  readonly identity: ProviderIdentity;
  /** The provider's member of the `Conversation` union (implements CommonConversation). */
  readonly conversationType: ClassType<CommonConversation>;
  /** Every other object type the provider contributes (messages, participants, linked resources). */
  readonly types: readonly ClassType[];
  /** Environment variables this provider reads; the README's configuration table is generated from them. */
  readonly envVars: readonly EnvVar[];
  /** True when the environment holds credentials for this provider, i.e. it runs LIVE. */
  hasCredentials(env: Env): boolean;
  /** Validates the environment and connects. Throws ConfigError naming the variable at fault. */
  connect(env: Env, options: ConnectOptions): ProviderClient;
  readonly simulator: ProviderSimulator;
}
