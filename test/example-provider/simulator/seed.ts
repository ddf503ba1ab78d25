/**
 * Example Chat's demo data and the simulator credential: the one module tests import demo data
 * from. Plain JSON as the upstream would send it; `routes.ts` pages it.
 */

/** The simulated bearer token (`EXAMPLE_TOKEN` in the simulator's environment). */
export const SIM_TOKEN = 'example-sim-token';

/** Messages per upstream page, so the seed conversation's three messages span two pages. */
export const SIM_PAGE_SIZE = 2;

export const SEED_KEY = 'c1';
export const SECOND_KEY = 'c2';
/** Well-formed but unknown: the simulator answers 404. */
export const MISSING_KEY = 'c999';

export interface SeedMessage {
  id: string;
  authorId: string;
  direction: string;
  status: string;
  text: string;
  sentAt: string;
}

export interface SeedConversation {
  id: string;
  subject: string;
  status: string;
  channel: string;
  priority: string;
  createdAt: string;
  updatedAt: string;
  participants: { id: string; role: string; name: string; email: string | null }[];
  messages: SeedMessage[];
}

const ADA = { id: 'u1', role: 'customer', name: 'Ada Lovelace', email: 'ada@example.com' };
const GRACE = { id: 'a1', role: 'agent', name: 'Grace Hopper', email: null };

export const SEED_CONVERSATIONS: readonly SeedConversation[] = [
  {
    id: SEED_KEY,
    subject: 'Order 1042 arrived damaged',
    status: 'open',
    channel: 'chat',
    priority: 'high',
    createdAt: '2024-05-01T09:00:00Z',
    updatedAt: '2024-05-01T09:12:00Z',
    participants: [ADA, GRACE],
    messages: [
      { id: 'm1', authorId: 'u1', direction: 'inbound', status: 'received', text: 'My order arrived with a cracked lid.', sentAt: '2024-05-01T09:00:00Z' },
      { id: 'm2', authorId: 'a1', direction: 'outbound', status: 'read', text: 'Sorry about that! Could you send a photo?', sentAt: '2024-05-01T09:05:00Z' },
      { id: 'm3', authorId: 'u1', direction: 'inbound', status: 'received', text: 'Photo attached.', sentAt: '2024-05-01T09:12:00Z' },
    ],
  },
  {
    id: SECOND_KEY,
    subject: 'Where is my invoice?',
    status: 'closed',
    channel: 'email',
    priority: 'normal',
    createdAt: '2024-05-02T14:00:00Z',
    updatedAt: '2024-05-02T15:30:00Z',
    participants: [{ id: 'u2', role: 'customer', name: 'Alan Turing', email: 'alan@example.com' }, GRACE],
    messages: [
      { id: 'm1', authorId: 'u2', direction: 'inbound', status: 'received', text: 'I cannot find my May invoice.', sentAt: '2024-05-02T14:00:00Z' },
    ],
  },
];
