import type { JsonObject } from '../../../kit/json';
import { minutesAfter, SeededRandom } from '../../../simulator/random';
import {
  FOREIGN_LINK_ID, foreignLinkConversation, GENERATED_IDS, LONG_ID, LONG_THREADS, SEED_CUSTOMERS, SEED_ID, SEED_MAILBOX, SEED_USERS,
  seedConversation, seedThreads,
} from './seed';

// Deterministic generated data: 220 conversations for listing and load, and one with exactly
// 250 threads for paging. Computed on first use and memoised (the simulator starts in every test file).

const FIRST = ['Ada', 'Ben', 'Cleo', 'Dan', 'Eva', 'Finn', 'Gia', 'Hal', 'Ines', 'Jon'];
const LAST = ['Novak', 'Smith', 'Garcia', 'Kim', 'Rossi', 'Dubois'];
const STATUSES = ['active', 'active', 'pending', 'closed', 'closed', 'spam'];
const TYPES = ['email', 'email', 'email', 'chat', 'phone'];
const AGENTS = [99, 14, 4];

/** A person summary as conversations and threads embed it. */
type Person = { id: number; type: string; first: string | null; last: string | null; email: string | null };

const customerId = (n: number): number => 5001 + n;
function customerSummary(n: number): Person {
  const first = FIRST[n % FIRST.length] ?? 'Ada';
  const last = LAST[n % LAST.length] ?? 'Novak';
  return { id: customerId(n), type: 'customer', first, last, email: `${first}.${last}${n}@example.com`.toLowerCase() };
}

function userSummary(id: number): Person {
  const user = SEED_USERS.get(id) ?? {};
  const text = (key: string): string | null => {
    const value = user[key];
    return typeof value === 'string' ? value : null;
  };
  return { id, type: 'user', first: text('firstName'), last: text('lastName'), email: text('email') };
}

/** A conversation record: the body (without `_embedded`) and its threads, oldest first. */
export interface SimConversation {
  id: number;
  createdAt: string;
  body: JsonObject;
  threads(): JsonObject[];
}

function thread(conversationId: number, i: number, at: string, customer: Person, agent: Person, rng: SeededRandom): JsonObject {
  const type = i === 0 ? 'customer' : rng.pick(['customer', 'message', 'message', 'note', 'lineitem']);
  const author = type === 'customer' ? customer : agent;
  const base = { id: conversationId * 1000 + i + 1, type, status: 'active', state: 'published', createdAt: at, customer, createdBy: author };
  // Both documented action shapes: a workflow run with an entities object, a default one with an entities list.
  if (type === 'lineitem') {
    const action = i % 2 === 0 ? { type: 'manual-workflow', text: `Workflow ${i} ran`, associatedEntities: {} } : { type: 'default', text: `Status changed`, associatedEntities: [] };
    return { ...base, body: null, action };
  }
  return {
    ...base,
    body: `<p>Message ${i + 1} of conversation ${conversationId}</p>`,
    source: { type: 'email', via: type === 'customer' ? 'customer' : 'user' },
    to: type === 'message' && customer.email ? [customer.email] : [], cc: [], bcc: [],
    _embedded: { attachments: [] },
    _links: { [type === 'customer' ? 'createdByCustomer' : 'createdByUser']: { href: `/v2/${type === 'customer' ? 'customers' : 'users'}/${author.id}` } },
  };
}

function generate(id: number, createdAt: string, threadCount: number): SimConversation {
  const rng = new SeededRandom(`helpscout:${id}`);
  const n = rng.int(40);
  const customer = customerSummary(n);
  const agent = userSummary(rng.pick(AGENTS));
  const status = rng.pick(STATUSES);
  const threads = (): JsonObject[] => {
    const own = new SeededRandom(`helpscout:threads:${id}`);
    return Array.from({ length: threadCount }, (_, i) => thread(id, i, minutesAfter(createdAt, i * 7), customer, agent, own));
  };
  const lastAt = minutesAfter(createdAt, (threadCount - 1) * 7);
  const body: JsonObject = {
    id, number: id - 900, threads: threadCount, type: rng.pick(TYPES), folderId: 11, status, state: 'published',
    subject: `Question ${id}`, preview: `Message ${threadCount} of conversation ${id}`, mailboxId: 13,
    assignee: agent, createdBy: customer, createdAt,
    ...(status === 'closed' ? { closedBy: agent.id, closedByUser: agent, closedAt: lastAt } : {}),
    userUpdatedAt: lastAt, customerWaitingSince: { time: createdAt, friendly: 'a while ago' },
    source: { type: 'email', via: 'customer' }, tags: [], cc: [], bcc: [], primaryCustomer: customer,
    // A number custom field answers with a JSON number (and its text), as Help Scout documents for number fields.
    customFields: [{ id: 7, name: 'Seats', value: 1 + (n % 50), text: String(1 + (n % 50)) }],
    _links: {
      self: { href: `/v2/conversations/${id}` }, mailbox: { href: '/v2/mailboxes/13' },
      primaryCustomer: { href: `/v2/customers/${customer.id}` }, createdByCustomer: { href: `/v2/customers/${customer.id}` },
      threads: { href: `/v2/conversations/${id}/threads` }, assignee: { href: `/v2/users/${agent.id}` },
      web: { href: `https://secure.helpscout.net/conversation/${id}/${id - 900}` },
    },
  };
  return { id, createdAt, body, threads };
}

function generatedCustomer(n: number): JsonObject {
  const s = customerSummary(n);
  return {
    id: s.id, firstName: s.first, lastName: s.last, organization: 'Example Ltd', jobTitle: 'Buyer',
    createdAt: '2023-01-01T00:00:00Z', updatedAt: '2023-06-01T00:00:00Z',
    _embedded: { emails: [{ id: n + 1, value: s.email, type: 'work' }], phones: [{ id: n + 100, value: `+1555000${String(n).padStart(4, '0')}`, type: 'work' }] },
    _links: { self: { href: `/v2/customers/${s.id}` } },
  };
}

/** Every simulated resource, built lazily and kept for the simulator's lifetime. */
export class HelpScoutSimStore {
  private byId: Map<number, SimConversation> | undefined;
  private newestFirst: SimConversation[] | undefined;

  private all(): Map<number, SimConversation> {
    if (this.byId) return this.byId;
    const list: SimConversation[] = [
      { id: SEED_ID, createdAt: '2012-03-15T22:46:22Z', body: seedConversation(), threads: seedThreads },
      { id: FOREIGN_LINK_ID, createdAt: '2011-01-01T00:00:00Z', body: foreignLinkConversation(), threads: () => [] },
      generate(LONG_ID, '2023-06-01T08:00:00Z', LONG_THREADS),
    ];
    for (let i = 0; i < GENERATED_IDS.count; i += 1) {
      list.push(generate(GENERATED_IDS.first + i, minutesAfter('2024-01-01T08:00:00Z', i * 90), 1 + (i % 6)));
    }
    this.byId = new Map(list.map((c) => [c.id, c]));
    return this.byId;
  }

  conversation(id: number): SimConversation | undefined {
    return this.all().get(id);
  }

  /** Newest first by creation time, as `GET /v2/conversations` sorts by default. */
  listed(): SimConversation[] {
    this.newestFirst ??= [...this.all().values()].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
    return this.newestFirst;
  }

  customer(id: number): JsonObject | undefined {
    const n = id - customerId(0);
    return SEED_CUSTOMERS.get(id) ?? (n >= 0 && n < 40 ? generatedCustomer(n) : undefined);
  }

  user(id: number): JsonObject | undefined {
    return SEED_USERS.get(id);
  }

  mailbox(id: number): JsonObject | undefined {
    return id === 13 ? SEED_MAILBOX : undefined;
  }
}
