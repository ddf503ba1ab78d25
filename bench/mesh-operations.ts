import type { Scenario } from './scenarios';

/** The Mesh operations that answer the benchmark scenarios as closely as Mesh can. */


const HS_PERSON = 'id type first last email';

/** Help Scout 123, common fields: what Parley maps its common fields from (number → web URL, threads = count). */
const ONE_COMMON = `query One($id: Int!) { helpScoutConversation(id: $id) {
  id number subject status type createdAt userUpdatedAt closedAt preview threads
  customerWaitingSince { time } _links { web { href } } } }`;

/** One request: `embed=threads` brings threads with their `createdBy` (the sender) and the person summaries. */
const ONE_DEEP = `query Deep($id: Int!) { helpScoutConversation(id: $id, embed: threads) {
  id subject
  primaryCustomer { ${HS_PERSON} } createdBy { ${HS_PERSON} } assignee { ${HS_PERSON} } closedByUser { ${HS_PERSON} }
  _embedded { threads { id type body createdAt createdBy { ${HS_PERSON} } } } } }`;

/** Page 1 of the list: Help Scout's page size is 25, which Mesh cannot cut to 20. */
const LIST = `query List { helpScoutConversations(page: 1) { _embedded { conversations {
  id subject primaryCustomer { ${HS_PERSON} } createdBy { ${HS_PERSON} } assignee { ${HS_PERSON} } } } } }`;

type Provider = 'helpscout' | 'textus' | 'bird' | 'layer' | 'mailperformance';

/** Per provider: the root field, how the native id becomes its argument, and the fields behind Parley's `id provider subject status createdAt`. */
const MULTI_FIELDS: Record<Provider, { field: string; arg: (native: string) => string; selection: string }> = {
  helpscout: { field: 'helpScoutConversation', arg: (n) => `id: ${Number(n)}`, selection: 'id subject status createdAt' },
  textus: { field: 'textUsConversation', arg: (n) => `slug: ${JSON.stringify(n)}`, selection: 'id slug currentState' },
  bird: { field: 'birdConversation', arg: (n) => `id: ${JSON.stringify(n)}`, selection: 'id name status createdAt' },
  layer: { field: 'layerConversation', arg: (n) => `id: ${JSON.stringify(n)}`, selection: 'id created_at' },
  // Subject lives on the action: the `action` join adds one GET per message.
  mailperformance: { field: 'mailPerformanceMessage', arg: (n) => `id: ${JSON.stringify(n)}`, selection: 'id events { type date } action { content { subject } }' },
};

const isProvider = (slug: string): slug is Provider => slug in MULTI_FIELDS;

/** One aliased root field per id: Mesh has no list-by-ids field and no cross-provider union. */
function multiQuery(ids: readonly string[]): string | { unsupported: string } {
  const fields: string[] = [];
  for (const [i, id] of ids.entries()) {
    const colon = id.indexOf(':');
    const slug = id.slice(0, colon);
    const native = id.slice(colon + 1);
    if (colon < 0 || !isProvider(slug)) return { unsupported: `no Mesh source for id ${id}` };
    const { field, arg, selection } = MULTI_FIELDS[slug];
    fields.push(`  c${i}: ${field}(${arg(native)}) { ${selection} }`);
  }
  return `query Multi {\n${fields.join('\n')}\n}`;
}

const NOTES: Record<string, string> = {
  'one-common': 'raw Help Scout fields; no global id, no normalised status/channel enums (mapping is client-side)',
  'one-deep': 'embed=threads in one GET; participants are four raw person fields (not deduplicated), thread body is HTML, no paging (first: 20)',
  'list-20': 'returns the upstream page of 25 (Mesh cannot slice to 20 without custom resolver code); participants are raw person fields',
  'multi-50': '50 aliased per-provider root fields (no union, no global ids); MailPerformance subject via an additionalResolvers join (GET /actions per distinct action, deduplicated by the plugin); raw statuses, no normalisation',
};

/** The Mesh operation answering a scenario as closely as Mesh can, or why it cannot. */
export function meshBody(scenario: Scenario): { body: string; note?: string } | { unsupported: string } {
  const note = NOTES[scenario.name];
  const withNote = (query: string, variables: Record<string, unknown> = {}): { body: string; note?: string } => ({
    body: JSON.stringify({ query, variables }),
    ...(note ? { note } : {}),
  });
  switch (scenario.name) {
    case 'one-common':
    case 'one-deep': {
      const raw = scenario.variables?.['id'];
      const id = typeof raw === 'string' ? raw : '';
      if (!id.startsWith('helpscout:')) return { unsupported: `the Mesh operation is written for Help Scout ids, got ${id}` };
      return withNote(scenario.name === 'one-common' ? ONE_COMMON : ONE_DEEP, { id: Number(id.slice('helpscout:'.length)) });
    }
    case 'list-20':
      if (scenario.variables?.['name'] !== 'HELP_SCOUT') return { unsupported: 'only the Help Scout list is configured in Mesh' };
      return withNote(LIST);
    case 'multi-50': {
      const ids = scenario.variables?.['ids'];
      if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) return { unsupported: 'multi-50 has no ids' };
      const query = multiQuery(ids);
      return typeof query === 'string' ? withNote(query) : query;
    }
    default:
      return { unsupported: `no Mesh operation written for ${scenario.name}` };
  }
}
