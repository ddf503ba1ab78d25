import { composeServices } from '@apollo/composition';
import { parse, type GraphQLSchema } from 'graphql';

/** One subgraph of the supergraph: its name, where the router reaches it, and its SDL. */
export interface SubgraphSource {
  readonly name: string;
  readonly url: string;
  readonly sdl: string;
}

/** A composition error as `@apollo/composition` reports it: its code and its message. */
export interface CompositionProblem {
  readonly code: string;
  readonly message: string;
}

export class CompositionFailed extends Error {
  constructor(readonly problems: readonly CompositionProblem[]) {
    super(`Composition failed with ${problems.length} error(s):\n${problems.map((p) => `  ${p.code}: ${p.message}`).join('\n')}`);
    this.name = 'CompositionFailed';
  }
}

export interface Supergraph {
  readonly supergraphSdl: string;
  /** What clients of the supergraph see: no join directives, no federation plumbing. */
  readonly apiSchema: GraphQLSchema;
  /** Composition hints (inconsistent descriptions and the like): worth reading, never fatal. */
  readonly hints: readonly CompositionProblem[];
}

/**
 * Composes subgraph SDLs into a supergraph with `@apollo/composition`, the library Rover runs
 * (Rover's own `supergraph compose` fetches a plugin first, so it hangs offline). Throws
 * CompositionFailed with every error's code; some compositions throw instead of reporting
 * (reported as COMPOSITION_THREW).
 */
export function composeSupergraph(subgraphs: readonly SubgraphSource[]): Supergraph {
  let result: ReturnType<typeof composeServices>;
  try {
    result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  } catch (error) {
    throw new CompositionFailed([{ code: 'COMPOSITION_THREW', message: error instanceof Error ? error.message : String(error) }]);
  }
  if (result.errors) {
    throw new CompositionFailed(result.errors.map((error) => ({ code: codeOf(error.extensions['code']), message: error.message })));
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchema: result.schema.toAPISchema().toGraphQLJSSchema(),
    hints: result.hints.map((hint) => ({ code: hint.definition.code, message: hint.message })),
  };
}

function codeOf(code: unknown): string {
  return typeof code === 'string' ? code : 'UNKNOWN';
}
