import type { JsonObject } from '../../../kit/json';

// The seed document's example (GET /v2/conversations/123, Help Scout Mailbox API 2.0), the
// resources its links point to (content consistent with it: same ids, names, e-mails), the ids
// of the generated data and the simulated credentials. The one module tests and the benchmark
// read Help Scout demo data from. Link hrefs are paths here: the simulator makes them absolute
// on its own origin when serving.

/** The simulated static bearer token (what `HELPSCOUT_TOKEN` holds when simulated). */
export const SIM_TOKEN = 'hs-sim-token-2f6c1d';
/** Simulated app credentials for the client-credentials flow. */
export const SIM_APP = { id: 'hs-sim-app', secret: 'hs-sim-secret-9b41' } as const;
/** Documented token lifetime: two days. */
export const TOKEN_LIFETIME_SECONDS = 172_800;

/** Generated conversations for listing and load, and one with exactly 250 threads for paging. */
export const GENERATED_IDS = { first: 1001, count: 220 } as const;
export const LONG_ID = 2000;
export const LONG_THREADS = 250;

export const SEED_ID = 123;
/** A conversation merged into the seed: answered with 301 + Location (documented for 60 days). */
export const MERGED_IDS: ReadonlyMap<number, number> = new Map([[122, SEED_ID]]);
/** A conversation whose mailbox link leaves the provider's origin (LINK_REJECTED tests). */
export const FOREIGN_LINK_ID = 666;

const conversationLinks = (id: number, mailboxId: number, customerId: number, createdBy: number, closer: number, assignee: number): JsonObject => ({
  self: { href: `/v2/conversations/${id}` },
  mailbox: { href: `/v2/mailboxes/${mailboxId}` },
  primaryCustomer: { href: `/v2/customers/${customerId}` },
  createdByCustomer: { href: `/v2/customers/${createdBy}` },
  closedBy: { href: `/v2/users/${closer}` },
  threads: { href: `/v2/conversations/${id}/threads` },
  assignee: { href: `/v2/users/${assignee}` },
  web: { href: `https://secure.helpscout.net/conversation/${id}/12` },
});

/** The seed body without `_embedded` (added per request: the threads, or `[]` as in the example). */
export function seedConversation(): JsonObject {
  return {
    id: 123, number: 12, threads: 2, type: 'email', folderId: 11, status: 'closed', state: 'published',
    subject: 'Help', preview: 'Preview', mailboxId: 13,
    assignee: { id: 99, type: 'user', first: 'Mr', last: 'Robot', email: 'none@nowhere.com' },
    createdBy: { id: 12, type: 'customer', email: 'bear@acme.com' },
    createdAt: '2012-03-15T22:46:22Z',
    closedBy: 14,
    closedByUser: { id: 14, type: 'user', first: 'Clo', last: 'Ser', photoUrl: 'pic.jpg', email: 'closer@closers.com' },
    closedAt: '2012-03-16T14:07:23Z',
    userUpdatedAt: '2012-03-16T14:07:23Z',
    customerWaitingSince: { time: '2012-07-24T20:18:33Z', friendly: '20 hours ago' },
    source: { type: 'email', via: 'customer' },
    tags: [{ id: 9150, color: '#929499', tag: 'vip' }],
    cc: ['bear@normal.com'],
    bcc: ['bear@secret.com'],
    primaryCustomer: { id: 238604, type: 'customer', first: 'Rob', last: 'Robertovic', email: 'rob@acme.com' },
    snooze: { snoozedBy: 4, snoozedUntil: '2024-06-03T12:00:00Z', unsnoozeOnCustomerReply: true },
    nextEvent: { time: '2024-06-03T12:00:00Z', eventType: 'snooze', userId: 4, cancelOnCustomerReply: true },
    customFields: [
      { id: 8, name: 'Account Type', value: '8518', text: 'Free' },
      { id: 6688, name: 'Account Status', value: '33077', text: 'Trial' },
    ],
    _links: conversationLinks(123, 13, 238604, 12, 14, 99),
  };
}

/** The seed's two threads (its `threads` count), oldest first: the customer's request, then the closing reply. */
export function seedThreads(): JsonObject[] {
  const rob = { id: 238604, type: 'customer', first: 'Rob', last: 'Robertovic', email: 'rob@acme.com' };
  return [
    {
      id: 123001, type: 'customer', status: 'active', state: 'published',
      body: '<p>Help, <b>please</b>: our trial account &amp; its invoices.</p>',
      source: { type: 'email', via: 'customer' },
      customer: rob,
      createdBy: { id: 12, type: 'customer', email: 'bear@acme.com' },
      to: ['support@acme-help.example'], cc: ['bear@normal.com'], bcc: ['bear@secret.com'],
      createdAt: '2012-03-15T22:46:22Z', openedAt: null,
      _embedded: { attachments: [] },
      _links: { createdByCustomer: { href: '/v2/customers/12' }, customer: { href: '/v2/customers/238604' } },
    },
    {
      id: 123002, type: 'message', status: 'closed', state: 'published',
      body: '<p>Preview</p>',
      source: { type: 'email', via: 'user' },
      customer: rob,
      createdBy: { id: 14, type: 'user', first: 'Clo', last: 'Ser', photoUrl: 'pic.jpg', email: 'closer@closers.com' },
      assignedTo: { id: 99, type: 'user', first: 'Mr', last: 'Robot', email: 'none@nowhere.com' },
      savedReplyId: 10,
      to: ['rob@acme.com'], cc: ['bear@normal.com'], bcc: [],
      createdAt: '2012-03-16T14:07:23Z', openedAt: '2012-03-16T15:00:00Z',
      _embedded: { attachments: [{ id: 77, filename: 'invoice.pdf', mimeType: 'application/pdf', size: 20480 }] },
      _links: { createdByUser: { href: '/v2/users/14' }, customer: { href: '/v2/customers/238604' } },
    },
  ];
}

/**
 * Shapes Help Scout documents that a strict reader refused (issue 8): a line item whose action
 * lists its entities in an array (shape 9), and a number custom field answered as a JSON number
 * (shape 10). The generated conversations serve both; tests serve these exact ones.
 */
export const DOCUMENTED_LINE_ITEM: JsonObject = {
  id: 123003, type: 'lineitem', status: 'nochange', state: 'published', createdAt: '2012-03-17T09:00:00Z',
  createdBy: { id: 14, type: 'user', first: 'Clo', last: 'Ser' }, action: { type: 'default', text: 'Status changed', associatedEntities: [] },
};
export const DOCUMENTED_NUMBER_FIELD: JsonObject = { id: 7, name: 'Seats', value: 42, text: '42' };

/** The seed as `embed=threads` answers it with the documented shapes added: three threads, newest first, and three custom fields. */
export function documentedConversation(): JsonObject {
  const seed = seedConversation();
  const threads = [...seedThreads(), DOCUMENTED_LINE_ITEM].reverse();
  const fields = Array.isArray(seed['customFields']) ? seed['customFields'] : [];
  return { ...seed, threads: threads.length, customFields: [...fields, DOCUMENTED_NUMBER_FIELD], _embedded: { threads } };
}

/**
 * The same conversation shape with a mailbox link on a foreign origin, and the seed's custom
 * field 8 with another value: two conversations sharing a field definition (client cache tests).
 */
export function foreignLinkConversation(): JsonObject {
  const body = seedConversation();
  return {
    ...body, id: FOREIGN_LINK_ID, number: 66, threads: 0, subject: 'Foreign link', createdAt: '2011-01-01T00:00:00Z',
    customFields: [{ id: 8, name: 'Account Type', value: '8520', text: 'Gold' }],
    _links: { ...conversationLinks(FOREIGN_LINK_ID, 13, 238604, 12, 14, 99), mailbox: { href: 'https://evil.example/v2/mailboxes/13' } },
  };
}

const stamps = { createdAt: '2011-06-01T09:00:00Z', updatedAt: '2012-03-16T14:07:23Z' };
const entry = (id: number, value: string, type: string): JsonObject => ({ id, value, type });

/** Full customer records of the seed's persons. */
export const SEED_CUSTOMERS: ReadonlyMap<number, JsonObject> = new Map<number, JsonObject>([
  [238604, {
    id: 238604, firstName: 'Rob', lastName: 'Robertovic', gender: 'Male', jobTitle: 'CTO', location: 'Prague', organization: 'Acme',
    photoType: 'gravatar', photoUrl: 'https://example.com/rob.jpg', age: '40', background: 'Trial customer since 2011', draft: false, ...stamps,
    _embedded: {
      emails: [entry(1, 'rob@acme.com', 'work')], phones: [entry(2, '+420123456789', 'work')], chats: [], social_profiles: [],
      websites: [entry(3, 'https://acme.example', 'work')], properties: [], address: { city: 'Prague', state: null, postalCode: '11000', country: 'CZ', lines: ['Main 1'] },
    },
    _links: { self: { href: '/v2/customers/238604' } },
  }],
  [12, {
    id: 12, firstName: null, lastName: null, gender: 'Unknown', jobTitle: null, location: null, organization: 'Acme', photoType: null, photoUrl: null,
    age: null, background: null, draft: false, ...stamps,
    _embedded: { emails: [entry(4, 'bear@acme.com', 'work')], phones: [], chats: [], social_profiles: [], websites: [], properties: [] },
    _links: { self: { href: '/v2/customers/12' } },
  }],
]);

const user = (id: number, firstName: string, lastName: string, email: string, role: string, photoUrl: string | null): JsonObject => ({
  id, firstName, lastName, email, role, timezone: 'America/New_York', photoUrl, type: 'user', mention: firstName.toLowerCase(),
  initials: `${firstName[0] ?? ''}${lastName[0] ?? ''}`, jobTitle: 'Support', phone: null, alternateEmails: [], ...stamps,
  _links: { self: { href: `/v2/users/${id}` } },
});

/** Full user records of the seed's persons (assignee 99, closer 14, snoozer 4). */
export const SEED_USERS: ReadonlyMap<number, JsonObject> = new Map<number, JsonObject>([
  [99, user(99, 'Mr', 'Robot', 'none@nowhere.com', 'user', null)],
  [14, user(14, 'Clo', 'Ser', 'closer@closers.com', 'admin', 'pic.jpg')],
  [4, user(4, 'Vernon', 'Bear', 'bear@acme.com', 'owner', null)],
]);

export const SEED_MAILBOX: JsonObject = {
  id: 13, name: 'Support', slug: 'a1b2c3d4', email: 'support@acme-help.example', ...stamps,
  _links: { self: { href: '/v2/mailboxes/13' } },
};
