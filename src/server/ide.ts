import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import express, { type Request } from 'express';
import { ConfigError } from '../config-error';
import type { ProviderAdapter } from '../kit/contract';
import { readOptional, type Env } from '../kit/env';
import { ideAssetHandler, ideAssets } from './ide-assets';
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
function prefersHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html']) === 'text/html';
}

function demoProvider(adapter: ProviderAdapter): DemoProvider {
  const { slug, name } = adapter.identity;
  return { slug, name, conversationType: adapter.conversationType.name, seedKey: adapter.simulator.demo.seedKey };
}

/**
 * Routes of the offline IDE: the page at `GET /graphql` for browsers (everything else goes on to
 * Apollo) and its assets under `/ide/`. Empty unless the mode is `graphiql`.
 */
export function ideRouter(mode: IdeMode, adapters: readonly ProviderAdapter[]): express.Router {
  const router = express.Router();
  if (mode !== 'graphiql') return router;
  let page: string | undefined;
  router.get('/graphql', (req, res, next) => {
    // `/graphql/` would resolve the page's relative asset URLs under /graphql/ide/.
    if (req.path !== '/graphql' || !prefersHtml(req)) {
      next();
      return;
    }
    page ??= renderIdePage({
      title: 'Parley · GraphiQL',
      scripts: ideAssets().scripts.map((asset) => `ide/${asset.fileName}`),
      styles: ideAssets().styles.map((asset) => `ide/${asset.fileName}`),
      tabs: exampleTabs(findOperationsDirectory(), adapters.map(demoProvider)),
    });
    res.vary('Accept');
    res.setHeader('Content-Security-Policy', IDE_CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // The page names the current asset hashes, so it is revalidated every time (it is small).
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page);
  });
  router.use('/ide', ideAssetHandler());
  return router;
}
