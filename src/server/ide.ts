import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Negotiator from 'negotiator';
import { ConfigError } from '../config-error';
import type { ProviderAdapter } from '../kit/contract';
import { readOptional, type Env } from '../kit/env';
import { findIdeAsset, ideAssets, serveIdeAsset } from './ide-assets';
import { appendVary, isGetOrHead, isUnder, sendText } from './http-io';
import { IDE_CONTENT_SECURITY_POLICY, renderIdePage } from './ide-page';
import { exampleTabs, findOperationsDirectory, type DemoProvider } from './ide-tabs';

/**
 * What a browser gets at `GET /graphql`: GraphiQL served from Parley itself (works offline),
 * Apollo Sandbox (Apollo's landing page, loaded from Apollo's CDN), or nothing.
 */
export type IdeMode = 'graphiql' | 'sandbox' | 'off';

export const IDE_VARIABLE = 'PARLEY_IDE';
const MODES: readonly IdeMode[] = ['graphiql', 'sandbox', 'off'];

/**
 * The origins Apollo Sandbox sends its queries from (the embedded Sandbox's frame, and Studio's
 * Explorer). They must pass CORS when Sandbox is the IDE, or it cannot query at all.
 */
export const SANDBOX_ORIGINS: readonly string[] = ['https://sandbox.embed.apollographql.com', 'https://studio.apollographql.com'];

/** Unset: GraphiQL, but off in production, where introspection is off and no IDE could load the schema. */
export function readIdeMode(env: Env, production: boolean): IdeMode {
  const raw = readOptional(env, IDE_VARIABLE)?.toLowerCase();
  if (raw === undefined) return production ? 'off' : 'graphiql';
  const mode = MODES.find((candidate) => candidate === raw);
  if (!mode) throw new ConfigError(IDE_VARIABLE, `must be one of ${MODES.join(', ')}`);
  if (production && mode !== 'off') {
    throw new ConfigError(IDE_VARIABLE, 'must be off in production: introspection is off there, so an IDE could not load the schema');
  }
  return mode;
}

/**
 * Apollo's landing page answers a browser's `GET /graphql` before any route of Parley's could;
 * it stays only when Sandbox is what was asked for, and even then without cookies.
 */
export function landingPagePlugin(mode: IdeMode): ApolloServerPlugin {
  return mode === 'sandbox' ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }) : ApolloServerPluginLandingPageDisabled();
}

/** Apollo's own rule: a GET whose Accept header prefers HTML over every GraphQL response type. */
function prefersHtml(req: IncomingMessage): boolean {
  if (req.headers.accept === undefined) return false;
  return new Negotiator(req).mediaTypes(['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html'])[0] === 'text/html';
}

function demoProvider(adapter: ProviderAdapter): DemoProvider {
  const { slug, name } = adapter.identity;
  return { slug, name, conversationType: adapter.conversationType.name, seedKey: adapter.simulator.demo.seedKey };
}

/** What answers one request; a rejection becomes the router's JSON 500. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * Routes of the offline IDE: the page at `GET /graphql` for browsers (everything else goes on to
 * Apollo) and its assets under `/ide/`. Matches nothing unless the mode is `graphiql`.
 */
export function ideRoutes(mode: IdeMode, adapters: readonly ProviderAdapter[]): (req: IncomingMessage, path: string) => RouteHandler | undefined {
  if (mode !== 'graphiql') return () => undefined;
  let page: string | undefined;
  const servePage: RouteHandler = (req, res) => {
    page ??= renderIdePage({
      title: 'Parley · GraphiQL',
      scripts: ideAssets().scripts.map((asset) => `ide/${asset.fileName}`),
      styles: ideAssets().styles.map((asset) => `ide/${asset.fileName}`),
      tabs: exampleTabs(findOperationsDirectory(), adapters.map(demoProvider)),
    });
    appendVary(res, 'Accept');
    res.setHeader('Content-Security-Policy', IDE_CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // The page names the current asset hashes, so it is revalidated every time (it is small).
    res.setHeader('Cache-Control', 'no-cache');
    sendText(req, res, 200, 'text/html', page);
  };
  return (req, path) => {
    if (!isGetOrHead(req)) return undefined;
    // Exactly `/graphql`: under `/graphql/` the page's relative asset URLs would resolve to /graphql/ide/.
    if (path === '/graphql') return prefersHtml(req) ? servePage : undefined;
    if (!isUnder(path, '/ide')) return undefined;
    const file = findIdeAsset(path.slice('/ide'.length));
    return file ? (request, res) => serveIdeAsset(file, request, res) : undefined;
  };
}
