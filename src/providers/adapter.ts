import type { ClassType } from 'type-graphql';
import type { FetchLike, Exchange, HttpClient, UpstreamResponse } from '../http/http-client';
import type { CommonConversation } from '../schema/conversation.interface';
import type { Provider } from '../schema/enums';
import type { Node } from '../schema/node.interface';
import type { PageRequest, PageResult } from '../schema/paging';
import type { SimulatorSpec } from '../simulator/sim-types';
import type { Env } from './shared/env';

/** Slugs are the prefix of every global id (`helpscout:123`). */
export type ProviderSlug = 'helpscout' | 'textus' | 'bird' | 'layer' | 'mailperformance';

/** What the gateway hands `connect`: shared HTTP settings, never provider-specific ones. */
export interface ConnectOptions {
  fetch?: FetchLike;
  timeoutMs?: number;
  onExchange?: (exchange: Exchange) => void;
}

/**
 * Per-request access to one provider's upstream. Every GET goes through the request's resource
 * loader, so the same URL is fetched at most once per operation and per credential.
 */
export interface ProviderIO {
  readonly baseUrl: URL;
  /** GET a URL (absolute, or relative to the base URL) on the provider's own origins. */
  get(url: URL | string): Promise<UpstreamResponse>;
  /** Seeds the resource loader with a body the upstream already embedded elsewhere. */
  prime(url: URL | string, body: unknown): void;
  /** Resolves a link found in a response (LINK_REJECTED when its origin is foreign). */
  resolve(link: string, base?: URL): URL;
  /** Seeds the conversation loader, e.g. with listed conversations or a merged id's target. */
  primeConversation(key: string, conversation: CommonConversation): void;
  /** Lookahead: does this operation select `field` on `typeName` (or an interface it implements)? */
  selects(typeName: string, field: string): boolean;
  /**
   * False when lookahead is off (the benchmark's naive baseline) and `selects` always answers
   * false. A provider that uses `selects` to decide what data to return, not only to save
   * requests, must then assume everything is selected.
   */
  readonly lookahead: boolean;
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
  /** Lists conversations newest first; absent when the provider cannot list (UNSUPPORTED). */
  listConversations?(request: PageRequest, io: ProviderIO): Promise<PageResult<CommonConversation>>;
  /** False when listing exists but this configuration cannot use it (a missing account or user id). */
  readonly canList?: boolean;
  /** Fetches a non-conversation node (`helpscout:customer:12` → kind `customer`, key `12`). */
  fetchNode?(kind: string, key: string, io: ProviderIO): Promise<Node>;
}

/**
 * The contract every provider folder exports. Nothing outside `src/providers/<slug>/` knows a
 * provider's paths, headers or payloads: the gateway only goes through these members.
 */
export interface ProviderAdapter {
  readonly slug: ProviderSlug;
  readonly provider: Provider;
  /** Human name for messages and docs ("Help Scout"). */
  readonly title: string;
  /** The provider's member of the `Conversation` union (implements CommonConversation). */
  readonly conversationType: ClassType<CommonConversation>;
  /** Every other object type the provider contributes (messages, participants, linked resources). */
  readonly types: readonly ClassType[];
  /** Environment variables this provider reads, for docs and diagnostics. */
  readonly envVars: readonly string[];
  /** True when the environment holds credentials for this provider, i.e. it runs LIVE. */
  hasCredentials(env: Env): boolean;
  /** Validates the environment and connects. Throws ConfigError naming the variable at fault. */
  connect(env: Env, options: ConnectOptions): ProviderClient;
  /** The built-in simulated upstream, seeded with the provider's documented example data. */
  createSimulator(): SimulatorSpec;
}
