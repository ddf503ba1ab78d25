import fc from 'fast-check';
import type { JsonObject, JsonValue } from '../../src/kit/json';
import type { Harness, GraphQLResult } from './harness';
import { MUTATION_KINDS, mutate, type Mutation } from './mutation';

/**
 * Cases per property in `npm test`; the nightly-size run sets `PARLEY_TOLERANCE_RUNS=5000`.
 * Every case is one GraphQL operation over HTTP through the whole gateway.
 */
export const TOLERANCE_RUNS = Number(process.env['PARLEY_TOLERANCE_RUNS'] ?? 150);

/** A property's time budget: cases cost up to ~100 ms each on a busy CI machine, with room to spare. */
export const TOLERANCE_TIMEOUT_MS = Math.max(120_000, TOLERANCE_RUNS * 250);

/** One upstream document, as the provider documents it, served in place of the simulator's answer. */
export interface ToleranceDocument {
  /** Which upstream request it answers (path and query as the simulator receives them). */
  match: RegExp;
  body: JsonValue;
  contentType?: string;
  /** Paths of the document's own identity (its id): never mutated, so the conversation must survive. */
  identity: readonly (readonly (string | number)[])[];
}

export interface ToleranceTarget {
  slug: string;
  /** An operation with `$id: ID!` whose root field is `conversation` (or `node`). */
  query: string;
  /** The global id it asks for. */
  id: string;
  documents: readonly ToleranceDocument[];
  /** Root field name in `data` (default `conversation`). */
  root?: string;
}

export interface ToleranceCase {
  document: number;
  mutations: Mutation[];
}

/** Mutations of one of the target's documents: one to four changes, anywhere but in the identity. */
export function toleranceCases(target: ToleranceTarget): fc.Arbitrary<ToleranceCase> {
  return fc.record({
    document: fc.nat({ max: target.documents.length - 1 }),
    mutations: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom(...MUTATION_KINDS), seed: fc.nat() }), { minLength: 1, maxLength: 4 }),
  });
}

type Outcome = GraphQLResult<Record<string, unknown>>;

/** What every answer must be, however broken the upstream document: a list of violations, empty when fine. */
export function violations(target: ToleranceTarget, result: Outcome): string[] {
  const found: string[] = [];
  if (result.status !== 200) found.push(`HTTP ${result.status}`);
  const root = result.data?.[target.root ?? 'conversation'];
  if (root === null || root === undefined) found.push('the conversation is null although its id is intact');
  for (const error of result.errors ?? []) {
    const code = error.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR') found.push(`INTERNAL_SERVER_ERROR: ${error.message}`);
    if (typeof code !== 'string') found.push(`error without a code: ${error.message}`);
    if (error.extensions?.['provider'] !== target.slug) found.push(`error without provider ${target.slug}: ${error.message}`);
    if (!error.path || error.path.length === 0) found.push(`error without a path: ${error.message}`);
  }
  return found;
}

/**
 * The body a simulator answers at `match` while `query` runs: the simulators serve the
 * providers' documented examples, so this is the documented payload to mutate.
 */
export async function capturedBody(h: Harness, slug: string, match: RegExp, query: string, variables: Record<string, unknown>): Promise<JsonObject> {
  let body: unknown;
  h.reset();
  h.simulator(slug).injectFault({ match, times: 1, rewrite: (sent) => (body = sent) });
  await h.query(query, variables);
  h.reset();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error(`no JSON object was served at ${String(match)}`);
  return body as JsonObject;
}

/** Serves one case's documents, runs the operation over HTTP and clears the simulator again. */
export async function runCase(h: Harness, target: ToleranceTarget, { document, mutations }: ToleranceCase): Promise<{ body: JsonValue; result: Outcome }> {
  const doc = target.documents[document] as ToleranceDocument;
  const body = mutate(doc.body, mutations, doc.identity);
  h.reset();
  h.simulator(target.slug).injectFault({ match: doc.match, times: 1000, reply: { status: 200, body, contentType: doc.contentType } });
  try {
    return { body, result: await h.query<Record<string, unknown>>(target.query, { id: target.id }) };
  } finally {
    h.reset();
  }
}

/**
 * The property: for every mutation of a documented payload, the gateway answers 200 with the
 * conversation, never crashes or masks an error, and every error names its code, provider and
 * path. A failing case is shrunk by fast-check and printed with the served body and the answer.
 */
export async function assertTolerant(h: Harness, target: ToleranceTarget, numRuns = TOLERANCE_RUNS): Promise<void> {
  await fc.assert(
    fc.asyncProperty(toleranceCases(target), async (toleranceCase) => {
      const { body, result } = await runCase(h, target, toleranceCase);
      const found = violations(target, result);
      if (found.length > 0) {
        throw new Error(`${found.join('; ')}\nserved: ${JSON.stringify(body)}\nanswer: ${JSON.stringify(result)}`);
      }
    }),
    { numRuns },
  );
}
