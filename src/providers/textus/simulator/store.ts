import type { JsonObject, JsonValue } from '../../../kit/json';
import { SeededRandom, minutesAfter } from '../../../simulator/random';
import { GENERATED_COUNT, SIM_AGENTS, collection, generateConversation, idOf, simAssignment, type SimConversation } from './generate';
import { LONG_SLUG, SEED_ALIASES, SEED_SENDER, SEED_SLUG, SEED_USER_INFO, seedConversation } from './seed';

/** Everything the simulator serves, indexed by slug; built once, never mutated (replies are serialised). */
export interface SimStore {
  /** Conversations by slug, aliases included. */
  conversations: ReadonlyMap<string, SimConversation>;
  /** Each conversation once, newest activity first (the list order). */
  listed: readonly SimConversation[];
  /** Users, contacts, messages and conversation events by JSON-LD id. */
  resources: ReadonlyMap<string, JsonObject>;
}

function objectAt(source: JsonObject, key: string): JsonObject {
  const value: JsonValue | undefined = source[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

function membersOf(source: JsonObject): JsonObject[] {
  const members = source['members'];
  return Array.isArray(members) ? members.filter((m): m is JsonObject => typeof m === 'object' && m !== null && !Array.isArray(m)) : [];
}

/** The documented example as a simulated conversation; it is assigned to its one participant [G]. */
function seedRecord(): SimConversation {
  const { timeline, ...head } = seedConversation();
  const participants = objectAt(head, 'participants');
  const timelineObject = typeof timeline === 'object' && timeline !== null && !Array.isArray(timeline) ? timeline : {};
  return {
    slug: SEED_SLUG,
    head,
    items: membersOf(timelineObject),
    latestPosition: typeof timelineObject['latestPosition'] === 'string' ? timelineObject['latestPosition'] : '',
    participants,
    associatedContacts: objectAt(head, 'associatedContacts'),
    assignments: collection(`/conversations/${SEED_SLUG}/assignments`, membersOf(participants).map((user) => simAssignment(SEED_SLUG, user))),
    userInfo: SEED_USER_INFO,
  };
}

function generated(): SimConversation[] {
  const rng = new SeededRandom('textus-simulator');
  const taken = new Set<string>([SEED_SLUG, ...SEED_ALIASES, LONG_SLUG]);
  const records: SimConversation[] = [];
  for (let i = 0; i < GENERATED_COUNT; i += 1) {
    let slug = rng.code(7);
    while (taken.has(slug)) slug = rng.code(7);
    taken.add(slug);
    records.push(generateConversation(rng, slug, minutesAfter('2024-06-01T12:00:00.000Z', -47 * i), 1 + rng.int(8)));
  }
  records.push(generateConversation(rng, LONG_SLUG, '2024-05-30T09:30:00.000Z', 250));
  return records;
}

function index(records: readonly SimConversation[]): Map<string, JsonObject> {
  const resources = new Map<string, JsonObject>();
  const add = (object: JsonObject): void => void resources.set(idOf(object), object);
  [...SIM_AGENTS, SEED_SENDER].forEach(add);
  for (const record of records) {
    [...membersOf(record.participants), ...membersOf(record.associatedContacts), ...record.items].forEach(add);
  }
  return resources;
}

let built: SimStore | undefined;

/** The store, built on first use (every test file starts the simulator; most never list). */
export function simStore(): SimStore {
  if (built) return built;
  const seed = seedRecord();
  const records = [seed, ...generated()];
  const conversations = new Map(records.map((record) => [record.slug, record]));
  for (const alias of SEED_ALIASES) conversations.set(alias, seed);
  const resources = index(records);
  // The example's contact links name /contacts/DQeeO69: serve the same contact there too.
  const contact = resources.get('/contacts/Vled2N');
  if (contact) resources.set('/contacts/DQeeO69', contact);
  const listed = [...records].sort((a, b) => Date.parse(b.latestPosition) - Date.parse(a.latestPosition));
  built = { conversations, listed, resources };
  return built;
}
