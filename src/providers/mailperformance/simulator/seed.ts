/**
 * MailPerformance's demo data: the seed document's example message, its target and action, the
 * generated account and the simulator credential. The one module tests and the benchmark read
 * demo data from, so the simulator, the tests and the docs cannot drift apart.
 */
import type { JsonObject } from '../../../kit/json';
import { SeededRandom, minutesAfter } from '../../../simulator/random';

/** The simulated account's x-key (a constant: the simulator is local and holds demo data only). */
export const SIM_API_KEY = 'sim-mailperformance-0123456789ABCDEF';

export const SEED_MESSAGE_ID = '6dc5cd3d-e233-4359-be70-088833f89bff';
export const SEED_TARGET_ID = '000QE6KY';
export const SEED_ACTION_ID = '000JKG';
/** A message with 250 events, for paging tests (unrealistic, but it exercises the connection). */
export const PAGING_MESSAGE_ID = '25025025-0250-4250-a250-250250250250';
/** A message the simulated key may not read (403). */
export const FORBIDDEN_MESSAGE_ID = '40340340-0403-4403-a403-403403403403';
export const GENERATED_MESSAGE_COUNT = 200;

/** The seed document's example response, verbatim (note the two date precisions). */
export const SEED_MESSAGE: JsonObject = {
  type: 'message',
  media: 'mail',
  id: SEED_MESSAGE_ID,
  actionId: SEED_ACTION_ID,
  target: SEED_TARGET_ID,
  events: [
    { type: 'requested', date: '2017-03-31T07:48:16.378Z' },
    { type: 'received', origin: 'smtp', date: '2017-03-31T07:48:20Z', recipient: 'xxx@yyy.com' },
  ],
};

/** The seed's target, shaped like the Target doc; its email field (8103) is the seed's recipient. */
export const SEED_TARGET: JsonObject = {
  id: SEED_TARGET_ID,
  creationDate: '2016-04-04T08:55:00Z',
  lastUpdateDate: '2016-04-25T14:27:00Z',
  fields: { '8101': 'Xavier', '8102': 'Yvon', '8103': 'xxx@yyy.com', '8104': '+33612345678' },
  bounce: [],
  redList: {},
};

/** The seed's action, shaped like the Actions doc (a transactional mail message). */
export const SEED_ACTION: JsonObject = {
  type: 'mailMessage',
  id: SEED_ACTION_ID,
  name: 'Order confirmation',
  description: 'Transactional order confirmation',
  creationDate: '2017-03-01T09:12:00Z',
  informations: { folder: null, category: 12, state: 38 },
  settings: { field: 8103, culture: 'fr-FR', contentFormat: 'html', templating: { version: 2 } },
  content: {
    headers: { from: { prefix: 'orders', domain: 'yyy.com', label: 'YYY Shop' }, reply: 'support@yyy.com' },
    subject: 'Your order is confirmed',
    html: '<p>Hello [[8101]], your order is confirmed.</p>',
    text: 'Hello [[8101]], your order is confirmed.',
  },
  scheduler: null,
};

/** Codes of the resources shaped exactly like the NP6 docs' own examples (issue 8, shapes 1, 2 and 11). */
export const DOCUMENTED_TARGET_ID = '000DOC8T';
export const DOCUMENTED_ACTION_ID = '000RPL';
export const DOCUMENTED_MESSAGE_ID = 'd0c0d0c0-0008-4008-a008-000000000008';

/** The Target doc's example: numeric bounce codes and a red list on both media, timestamps as Unix-seconds strings. */
export const DOCUMENTED_TARGET: JsonObject = {
  id: DOCUMENTED_TARGET_ID,
  creationDate: '2016-06-13T15:19:20Z',
  lastUpdateDate: '2016-06-13T15:19:20Z',
  fields: { '8101': 'Ms', '8102': 'Doe', '8103': 'jane.doe@example.com' },
  bounce: [{ field: 8102, type: 1, timestamp: '1465831160', reason: 1 }],
  redList: { mail: { timestamp: '1465831160', reason: 1 }, sms: { timestamp: '1465831160', reason: 1 } },
};

/** The Actions doc's example headers: the reply-to is an object, `{"reply": "address@reply.dev"}`. */
export const DOCUMENTED_ACTION: JsonObject = {
  ...SEED_ACTION,
  id: DOCUMENTED_ACTION_ID,
  name: 'Documented reply header',
  content: {
    headers: { from: { prefix: 'address', domain: 'reply.dev', label: 'Reply Dev' }, reply: { reply: 'address@reply.dev' } },
    subject: 'Documented shapes',
    html: '<p>Documented shapes</p>',
    text: 'Documented shapes',
  },
};

/** A message sent from the documented action to the documented target, which bounced. */
export const DOCUMENTED_MESSAGE: JsonObject = {
  type: 'message',
  media: 'mail',
  id: DOCUMENTED_MESSAGE_ID,
  actionId: DOCUMENTED_ACTION_ID,
  target: DOCUMENTED_TARGET_ID,
  events: [
    { type: 'requested', date: '2016-06-13T15:19:18.120Z' },
    { type: 'bounced', origin: 'smtp', date: '2016-06-13T15:19:20Z', recipient: 'jane.doe@example.com', reason: 1 },
  ],
};

export interface SimData {
  messages: ReadonlyMap<string, JsonObject>;
  targets: ReadonlyMap<string, JsonObject>;
  actions: ReadonlyMap<string, JsonObject>;
  /** Generated message ids in creation order (oldest first). */
  generatedIds: readonly string[];
}

const CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const FIRST = ['Jane', 'Paul', 'Ines', 'Marc', 'Lea', 'Omar', 'Sofia', 'Hugo'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Garcia', 'Roux'];
const SUBJECTS = ['Your order is confirmed', 'Your parcel has shipped', 'Reset your password', 'Your invoice', 'Welcome aboard'];

// SMTP events carry whole seconds, platform events milliseconds, as in the seed.
const seconds = (iso: string): string => iso.replace(/\.\d{3}Z$/, 'Z');
const uniqueCode = (rng: SeededRandom, length: number, taken: Set<string>): string => {
  for (;;) {
    const code = `000${rng.code(length - 3, CODE_ALPHABET)}`;
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
};

function target(rng: SeededRandom, id: string, i: number, email: string): JsonObject {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const bounced = i % 10 === 0;
  return {
    id,
    creationDate: seconds(minutesAfter('2023-01-01T00:00:00.000Z', i * 97)),
    lastUpdateDate: seconds(minutesAfter('2023-06-01T00:00:00.000Z', i * 61)),
    fields: { '8101': first, '8102': last, '8103': email, ...(i % 3 === 0 ? { '8104': `+336${String(10000000 + i * 7919).slice(0, 8)}` } : {}) },
    // Numeric codes and Unix-seconds strings, as in the Target doc.
    bounce: bounced ? [{ field: 8103, type: 1, timestamp: String(1700000000 + i * 3600), reason: 1 }] : [],
    redList: bounced ? { mail: { timestamp: String(1700000000 + i * 3600), reason: 1 } } : [],
  };
}

function action(id: string, i: number): JsonObject {
  const subject = SUBJECTS[i % SUBJECTS.length] ?? 'Message';
  return {
    ...SEED_ACTION,
    id,
    name: `${subject} (template ${i + 1})`,
    creationDate: seconds(minutesAfter('2022-09-01T00:00:00.000Z', i * 1440)),
    // The reply-to as the Actions doc shows it (an object) on half the actions, absent on the rest.
    content: { headers: { from: { prefix: 'noreply', domain: 'example.com', label: 'Example' }, reply: i % 2 === 0 ? { reply: 'reply@example.com' } : null }, subject, html: `<p>${subject}</p>`, text: subject },
  };
}

/** requested, then received / bounced / canceled, or nothing yet (pending). */
function events(rng: SeededRandom, start: string, email: string): JsonObject[] {
  const requested = { type: 'requested', date: new Date(Date.parse(start) + rng.int(1000)).toISOString() };
  const later = seconds(minutesAfter(start, 1 + rng.int(5)));
  const roll = rng.int(20);
  if (roll < 12) return [requested, { type: 'received', origin: 'smtp', date: later, recipient: email }];
  if (roll < 15) return [requested, { type: 'bounced', origin: 'smtp', date: later, recipient: email, reason: '550 5.1.1 mailbox unavailable' }];
  if (roll < 17) return [requested, { type: 'canceled', date: later, reason: 'rendering error' }];
  return [requested];
}

function pagingMessage(): JsonObject {
  const start = '2024-03-01T00:00:00.000Z';
  const list = Array.from({ length: 250 }, (_, i): JsonObject =>
    i % 2 === 0 ? { type: 'requested', date: minutesAfter(start, i) } : { type: 'received', origin: 'smtp', date: seconds(minutesAfter(start, i)), recipient: 'xxx@yyy.com' },
  );
  return { ...SEED_MESSAGE, id: PAGING_MESSAGE_ID, events: list };
}

function generate(): SimData {
  const rng = new SeededRandom('mailperformance');
  const taken = new Set([SEED_TARGET_ID, SEED_ACTION_ID, DOCUMENTED_TARGET_ID, DOCUMENTED_ACTION_ID]);
  const targets = new Map<string, JsonObject>([[SEED_TARGET_ID, SEED_TARGET], [DOCUMENTED_TARGET_ID, DOCUMENTED_TARGET]]);
  const actions = new Map<string, JsonObject>([[SEED_ACTION_ID, SEED_ACTION], [DOCUMENTED_ACTION_ID, DOCUMENTED_ACTION]]);
  const emails = new Map<string, string>();
  const targetIds = Array.from({ length: 60 }, (_, i) => {
    const id = uniqueCode(rng, 8, taken);
    emails.set(id, `target${i}@example.com`);
    targets.set(id, target(rng, id, i, `target${i}@example.com`));
    return id;
  });
  const actionIds = Array.from({ length: 8 }, (_, i) => {
    const id = uniqueCode(rng, 6, taken);
    actions.set(id, action(id, i));
    return id;
  });
  const messages = new Map<string, JsonObject>([[SEED_MESSAGE_ID, SEED_MESSAGE], [PAGING_MESSAGE_ID, pagingMessage()], [DOCUMENTED_MESSAGE_ID, DOCUMENTED_MESSAGE]]);
  const generatedIds = Array.from({ length: GENERATED_MESSAGE_COUNT }, (_, i) => {
    const id = rng.uuid();
    const targetId = rng.pick(targetIds);
    const email = emails.get(targetId) ?? 'unknown@example.com';
    const start = minutesAfter('2024-01-01T08:00:00.000Z', i * 37 + rng.int(30));
    messages.set(id, { type: 'message', media: 'mail', id, actionId: rng.pick(actionIds), target: targetId, events: events(rng, start, email) });
    return id;
  });
  return { messages, targets, actions, generatedIds };
}

let cached: SimData | undefined;

/** The simulated account, generated on first use (deterministic: same seed, same data). */
export function simData(): SimData {
  cached ??= generate();
  return cached;
}
