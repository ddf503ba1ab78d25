import fc from 'fast-check';
import { DEFECTS, type WithDefects } from '../../../kit/defects';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import {
  displayNameBefore, mapConversationBefore, mapCustomerSummaryBefore, mapPersonBefore, mapUserSummaryBefore,
} from '../../../../test/support/helpscout-before';
import type { HelpScoutLinks } from '../graphql/links';
import { seedConversation } from '../simulator/seed';
import { readConversation } from '../wire/conversation.wire';
import { mapConversation } from './conversation.mapper';
import { halLink } from './link.mapper';
import { displayName, mapCustomerSummary, mapPerson, mapUserSummary } from './person.mapper';

const API = 'https://api.helpscout.net';
/** Stands for the link follower: compared by identity, never walked. */
const follow = { follower: true } as unknown as HelpScoutLinks;
const ctx = { responseUrl: `${API}/v2/conversations/123`, follow };

/**
 * Everything a GraphQL response or a later resolver can observe of a built value: its class,
 * its own keys in order with their values, and the field defects it carries (a symbol key,
 * invisible to `toStrictEqual`).
 */
function shape(value: unknown): unknown {
  if (value === follow) return '<follow>';
  if (Array.isArray(value)) return value.map(shape);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return {
    class: (Object.getPrototypeOf(value) as { constructor?: { name: string } } | null)?.constructor?.name ?? null,
    keys,
    values: keys.map((key) => shape(record[key])),
    defects: (value as WithDefects)[DEFECTS],
  };
}

/** Text as Help Scout may send it, or not: blanks, padding, other types (a defect), absent. */
const text = fc.oneof(fc.constantFrom('', ' ', ' Ann ', 'Ann', 'Bo', null), fc.string(), fc.integer());
const person = fc.record(
  {
    id: fc.oneof(fc.integer({ min: 1, max: 1e9 }), fc.constant('seven')),
    type: fc.oneof(fc.constantFrom('customer', 'user', 'team', 'system_user', 'robot', null), fc.integer()),
    first: text,
    last: text,
    email: text,
    photoUrl: text,
  },
  { requiredKeys: ['id'] },
);
const href = fc.oneof(fc.constantFrom(`${API}/v2/customers/5`, '/v2/users/7', 'https://secure.helpscout.net/conversation/1/2'), fc.integer());
const link = fc.record({ href });
const links = fc.dictionary(
  fc.constantFrom('self', 'mailbox', 'primaryCustomer', 'createdByCustomer', 'createdByUser', 'assignee', 'closedBy', 'threads', 'web', 'other'),
  fc.oneof(link, fc.array(link, { maxLength: 3 }), fc.constant('broken')),
);
const personOrNot = fc.oneof(person, fc.constant(null), fc.constant('nobody'));
const time = fc.constantFrom('2012-03-16T14:07:23Z', '2024-06-03T12:00:00Z', 'yesterday', null);

/** A conversation: the seed with any of its keys replaced by something Help Scout may send, or dropped. */
const conversation = fc
  .record(
    {
      primaryCustomer: personOrNot,
      createdBy: personOrNot,
      assignee: personOrNot,
      closedByUser: personOrNot,
      _links: fc.oneof(links, fc.constant(null)),
      status: fc.constantFrom('active', 'pending', 'closed', 'spam', 'weird', null),
      state: fc.constantFrom('published', 'deleted', 'draft', null),
      type: fc.constantFrom('email', 'chat', 'phone', 'sms', null),
      threads: fc.oneof(fc.nat(5), fc.constant(null), fc.constant('two')),
      userUpdatedAt: time,
      customerWaitingSince: fc.oneof(fc.record({ time, friendly: text }), fc.constant(null)),
      tags: fc.array(fc.record({ id: fc.oneof(fc.nat(), fc.constant('x')), color: text, tag: text }), { maxLength: 3 }),
      customFields: fc.array(fc.record({ id: fc.nat(), name: text, value: fc.oneof(text, fc.boolean()), text }), { maxLength: 3 }),
      mailboxId: fc.oneof(fc.nat(), fc.constant(null)),
      subject: text,
    },
    { requiredKeys: [] },
  )
  .chain((changes) => fc.subarray(Object.keys(changes)).map((dropped) => ({ changes, dropped })))
  .map(({ changes, dropped }) => {
    const raw: JsonObject = { ...seedConversation(), ...(changes as JsonObject) };
    for (const key of dropped) delete raw[key];
    return raw;
  });

const child = (raw: JsonObject, key: string): JsonObject | null => {
  const value = raw[key];
  return isJsonObject(value) ? value : null;
};

describe('Help Scout construction without spread (issue 12)', () => {
  it('builds exactly the conversation the spread-composed mapper built, persons, parts and defects included (property)', () => {
    fc.assert(
      fc.property(conversation, fc.option(fc.constant('122'), { nil: undefined }), (raw, mergedFromId) => {
        const read = readConversation(raw);
        const at = { ...ctx, mergedFromId };
        expect(shape(mapConversation(read, at))).toEqual(shape(mapConversationBefore(read, at)));
      }),
      { numRuns: 200 },
    );
  });

  it('builds exactly the person summaries the spread-composed mapper built, as customer, user and by type (property)', () => {
    fc.assert(
      fc.property(person, fc.oneof(links, fc.constant(null)), (sent, sentLinks) => {
        const raw = { ...seedConversation(), primaryCustomer: sent, _links: sentLinks };
        const read = readConversation(raw);
        const wire = read.wire.primaryCustomer;
        fc.pre(wire !== null && wire !== undefined);
        const part = { raw: child(read.raw, 'primaryCustomer'), defects: read.defects.under('primaryCustomer') };
        const personLinks = { follow, rel: halLink(read.wire._links, 'primaryCustomer', ctx.responseUrl) };
        expect(shape(mapCustomerSummary(wire, personLinks, part))).toEqual(shape(mapCustomerSummaryBefore(wire, personLinks, part)));
        expect(shape(mapUserSummary(wire, personLinks, part))).toEqual(shape(mapUserSummaryBefore(wire, personLinks, part)));
        expect(shape(mapPerson(wire, personLinks, part))).toEqual(shape(mapPersonBefore(wire, personLinks, part)));
        expect(shape(mapPerson(wire, { follow }))).toEqual(shape(mapPersonBefore(wire, { follow })));
      }),
      { numRuns: 200 },
    );
  });

  it('joins names as filter/join did: blank parts skipped, the others kept as sent (property)', () => {
    const part = fc.oneof(fc.string(), fc.constantFrom('', ' ', '\t', ' Ann ', null, undefined));
    fc.assert(fc.property(part, part, (first, last) => expect(displayName(first, last)).toBe(displayNameBefore(first, last))));
  });
});
