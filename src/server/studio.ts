import type { ApolloConfigInput, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginSchemaReporting } from '@apollo/server/plugin/schemaReporting';
import { ApolloServerPluginUsageReporting } from '@apollo/server/plugin/usageReporting';
import { GraphQLError, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { ConfigError } from '../config-error';
import { createErrorFormatter } from '../errors/format-error';
import { readPair, type Env } from '../kit/env';
import type { Logger } from '../logger';
import { apiSchema } from '../schema/federation/api-schema';

/** Apollo Studio reporting: on only when both variables are set. */
export interface StudioSettings {
  readonly key: string;
  readonly graphRef: string;
}

/** Where reports go instead of Apollo's endpoints. For tests only: nothing here may reach Studio. */
export interface StudioTestOptions {
  /** Base URL of the usage reporting endpoint (reports go to `<url>/api/ingress/traces`). */
  usageReportingUrl: string;
  /** URL of the schema reporting GraphQL endpoint. */
  schemaReportingUrl: string;
}

// Header-safe (Apollo sends the key as a header) and never logged or echoed.
const API_KEY = /^[\x21-\x7e]{1,512}$/;
// `graph-id` or `graph-id@variant`, as Studio and rover spell them.
const GRAPH_REF = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}(@[A-Za-z0-9][A-Za-z0-9_.-]{0,63})?$/;

/** Both or neither (a half-configured Studio is a mistake worth stopping for, as with provider pairs). */
export function readStudioSettings(env: Env): StudioSettings | undefined {
  const pair = readPair(env, 'APOLLO_KEY', 'APOLLO_GRAPH_REF');
  if (!pair) return undefined;
  const [key, graphRef] = pair;
  if (!API_KEY.test(key)) throw new ConfigError('APOLLO_KEY', 'must be an Apollo API key (printable characters, no spaces)');
  if (!GRAPH_REF.test(graphRef)) throw new ConfigError('APOLLO_GRAPH_REF', 'must be a graph ref like my-graph@current');
  return { key, graphRef };
}

// Masked errors are logged once, by the response's formatter; Studio's copy must not log them again.
const formatForClients = createErrorFormatter(() => undefined);

/**
 * Errors as Studio (usage reports, ftv1 traces) may see them: exactly what clients see. Parley's
 * own errors and Apollo's request errors keep their message and code; anything else becomes
 * "Internal server error", so an unexpected error's original text never leaves the process.
 *
 * Apollo's trace builders hand `sendErrors.transform` a shallow copy of each error, and the copy
 * has lost `originalError` (not enumerable), so a ParleyError could no longer be told from a bug.
 * The copy does share the error's `extensions` object: the plugin, installed before the tracing
 * plugins, remembers every error of a request by it, and the transform formats the original.
 */
export function reportableErrors(): { plugin: ApolloServerPlugin; transform: (error: GraphQLError) => GraphQLError } {
  const originals = new WeakMap<object, GraphQLError>();
  return {
    plugin: {
      requestDidStart() {
        return Promise.resolve({
          didEncounterErrors({ errors }) {
            for (const error of errors) originals.set(error.extensions, error);
            return Promise.resolve();
          },
        });
      },
    },
    transform(copy) {
      const error = originals.get(copy.extensions) ?? copy;
      const formatted = formatForClients(error.toJSON(), error);
      return new GraphQLError(formatted.message, { extensions: formatted.extensions ?? {} });
    },
  };
}

/** The schema clients query, as committed in schema/schema.graphql: the served subgraph without Federation's plumbing. */
function clientSchemaOf(served: GraphQLSchema): { schema: GraphQLSchema; sdl: string } {
  const schema = lexicographicSortSchema(apiSchema(served));
  return { schema, sdl: printSchema(schema) };
}

/**
 * Apollo's schema reporting refuses subgraph schemas, and Parley's served schema is one. Parley
 * is reported to Studio as the standalone graph clients query, so the plugin is shown that API
 * schema instead (and reports `overrideReportedSchema`, the same text usage reports are keyed by).
 */
function apiSchemaReporting(clientSchema: GraphQLSchema, logger: Logger, options: Parameters<typeof ApolloServerPluginSchemaReporting>[0]): ApolloServerPlugin {
  const inner = ApolloServerPluginSchemaReporting(options);
  return {
    async serverWillStart(service) {
      return inner.serverWillStart?.({ ...service, schema: clientSchema, logger });
    },
  };
}

export interface StudioServerOptions {
  /** Handed to Apollo Server, so it never falls back to reading APOLLO_KEY from process.env itself. */
  apollo: ApolloConfigInput | undefined;
  plugins: ApolloServerPlugin[];
}

/**
 * Studio's plugins, each explicit about privacy. Without settings, usage and schema reporting are
 * installed disabled, so Apollo's own defaults (APOLLO_KEY, APOLLO_SCHEMA_REPORTING) cannot turn
 * them on behind Parley's back. Inline traces (ftv1, what a router or gateway asks a subgraph for
 * with `apollo-federation-include-trace: ftv1`) are on either way, with the same error rule.
 */
export function studioServerOptions(settings: StudioSettings | undefined, schema: GraphQLSchema, logger: Logger, test?: StudioTestOptions): StudioServerOptions {
  const reportable = reportableErrors();
  const errors = { transform: reportable.transform };
  const tracing = [reportable.plugin, ApolloServerPluginInlineTrace({ includeErrors: errors })];
  if (!settings) {
    return { apollo: undefined, plugins: [...tracing, ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()] };
  }
  const reported = clientSchemaOf(schema);
  return {
    apollo: { key: settings.key, graphRef: settings.graphRef },
    plugins: [
      ...tracing,
      ApolloServerPluginUsageReporting({
        // Names only: every variable is reported with an empty value.
        sendVariableValues: { none: true },
        sendHeaders: { none: true },
        sendErrors: errors,
        overrideReportedSchema: reported.sdl,
        logger,
        ...(test ? { endpointUrl: test.usageReportingUrl, sendReportsImmediately: true } : {}),
      }),
      // Apollo's own plugin stays registered as disabled, so APOLLO_SCHEMA_REPORTING=true cannot add a second one.
      ApolloServerPluginSchemaReportingDisabled(),
      apiSchemaReporting(reported.schema, logger, {
        overrideReportedSchema: reported.sdl,
        ...(test ? { endpointUrl: test.schemaReportingUrl, initialDelayMaxMs: 0 } : {}),
      }),
    ],
  };
}
