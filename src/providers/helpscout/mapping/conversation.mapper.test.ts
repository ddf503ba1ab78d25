import { DEFECTS, type WithDefects } from '../../../kit/defects';
import type { JsonObject } from '../../../kit/json';
import { fakeLinkIO, linkContextOf } from '../../../../test/support/link-context';
import { Channel, ConversationStatus, ParticipantRole } from '../../../schema/enums';
import { HelpScoutConversation } from '../graphql/conversation.type';
import type { HelpScoutLinks } from '../graphql/links';
import { HelpScoutCustomer, HelpScoutUser } from '../graphql/participant.type';
import { seedConversation, seedThreads } from '../simulator/seed';
import { readConversation } from '../wire/conversation.wire';
import { mapConversation } from './conversation.mapper';

const API = 'https://api.helpscout.net';
const io = fakeLinkIO({ baseUrl: new URL(`${API}/`) });
const linkContext = linkContextOf(io, 'helpscout');
const follow = {
  mailbox: jest.fn(() => Promise.resolve('the mailbox')),
  customerProfile: jest.fn(() => Promise.resolve('a customer profile')),
} as unknown as HelpScoutLinks;
const ctx = { responseUrl: `${API}/v2/conversations/123`, follow };

/** The seed as Help Scout serves it: hrefs absolute on its own origin. */
function absolutize(value: JsonObject): JsonObject {
  return JSON.parse(JSON.stringify(value).replace(/"href":"\//g, `"href":"${API}/`)) as JsonObject;
}

function map(changes: Record<string, unknown> = {}, embedded: unknown[] = []): HelpScoutConversation {
  const raw = { ...absolutize(seedConversation()), _embedded: { threads: embedded }, ...changes };
  return mapConversation(readConversation(raw), ctx);
}

/** The fields of a built object that would answer PROVIDER_BAD_RESPONSE when selected, with their reasons. */
const reasons = (built: object | null | undefined): Readonly<Record<string, string>> | undefined => (built as WithDefects | null | undefined)?.[DEFECTS]?.reasons;

describe('Help Scout conversation mapper', () => {
  it('maps every value of the seed to a typed field', () => {
    const c = map();
    expect(c).toBeInstanceOf(HelpScoutConversation);
    expect(c).toMatchObject({
      id: 'helpscout:123', nativeId: '123', subject: 'Help', status: ConversationStatus.CLOSED, rawStatus: 'closed',
      channel: Channel.EMAIL, rawChannel: 'email', createdAt: '2012-03-15T22:46:22Z', updatedAt: '2012-03-16T14:07:23Z',
      lastActivityAt: '2012-07-24T20:18:33Z', preview: 'Preview', messageCount: 2, webUrl: 'https://secure.helpscout.net/conversation/123/12',
      mergedFromId: null, number: 12, threadCount: 2, mailboxId: 13, folderId: 11, state: 'published',
      source: { type: 'email', via: 'customer' }, cc: ['bear@normal.com'], bcc: ['bear@secret.com'],
      closedAt: '2012-03-16T14:07:23Z', closedBy: 14, userUpdatedAt: '2012-03-16T14:07:23Z',
      customerWaitingSince: { time: '2012-07-24T20:18:33Z', friendly: '20 hours ago' },
      snooze: { snoozedBy: 4, snoozedUntil: '2024-06-03T12:00:00Z', unsnoozeOnCustomerReply: true },
      nextEvent: { time: '2024-06-03T12:00:00Z', eventType: 'snooze', userId: 4, cancelOnCustomerReply: true },
      tags: [{ id: 'helpscout:123#tag/9150', tagId: 9150, color: '#929499', tag: 'vip' }],
      customFields: [
        { id: 'helpscout:123#customField/8', fieldId: 8, name: 'Account Type', value: '8518', text: 'Free' },
        { id: 'helpscout:123#customField/6688', fieldId: 6688, name: 'Account Status', value: '33077', text: 'Trial' },
      ],
    });
    expect(c.links.map((l) => l.rel)).toEqual(['self', 'mailbox', 'primaryCustomer', 'createdByCustomer', 'closedBy', 'threads', 'assignee', 'web']);
    expect(c.raw['customFields']).toEqual(seedConversation()['customFields']);
  });

  it('maps the embedded persons to summaries with their HAL links as profile links', () => {
    const c = map();
    expect(c.primaryCustomer).toBeInstanceOf(HelpScoutCustomer);
    expect(c.primaryCustomer).toMatchObject({
      id: 'helpscout:customer:238604', role: ParticipantRole.CUSTOMER, displayName: 'Rob Robertovic', email: 'rob@acme.com', phone: null,
      first: 'Rob', last: 'Robertovic', type: 'customer', profileLink: { kind: 'customer', hal: { href: `${API}/v2/customers/238604` } },
    });
    expect(c.createdBy).toMatchObject({
      id: 'helpscout:customer:12', displayName: null, email: 'bear@acme.com', profileLink: { kind: 'customer', hal: { href: `${API}/v2/customers/12` } },
    });
    expect(c.closedByUser).toBeInstanceOf(HelpScoutUser);
    expect(c.closedByUser).toMatchObject({ id: 'helpscout:user:14', role: ParticipantRole.AGENT, displayName: 'Clo Ser', avatarUrl: 'pic.jpg', photoUrl: 'pic.jpg' });
    expect(c.assigneeUser).toMatchObject({ id: 'helpscout:user:99', displayName: 'Mr Robot', email: 'none@nowhere.com', raw: seedConversation()['assignee'] });
    expect(c.mailboxLink).toEqual({ kind: 'mailbox', hal: { href: `${API}/v2/mailboxes/13`, base: ctx.responseUrl } });
  });

  it('hands its links to the conversation and its persons, which follow them with the request IO only when asked', async () => {
    const c = map();
    expect(await c.mailbox(linkContext)).toBe('the mailbox');
    expect(follow.mailbox).toHaveBeenCalledWith(c.mailboxLink, io);
    expect(await c.primaryCustomer?.profile(linkContext)).toBe('a customer profile');
    expect(follow.customerProfile).toHaveBeenCalledWith(c.primaryCustomer?.profileLink, io);
  });

  it('has no mailbox, and makes no call for it, when the payload names none', async () => {
    const c = map({ _links: undefined, mailboxId: null });
    expect(c.mailboxLink).toBeNull();
    jest.mocked(follow.mailbox).mockClear();
    expect(await c.mailbox(linkContext)).toBeNull();
    expect(follow.mailbox).not.toHaveBeenCalled();
  });

  it('falls back to the documented paths of the ids when the payload has no links', () => {
    const c = map({ _links: undefined });
    expect(c.primaryCustomer?.profileLink).toEqual({ kind: 'customer', hal: null, id: '238604' });
    expect(c.threadsLink).toEqual({ kind: 'threads', hal: null, id: '123' });
    expect(c.mailboxLink).toEqual({ kind: 'mailbox', hal: null, id: '13' });
    expect(c.webUrl).toBeNull();
  });

  it.each([
    ['active', ConversationStatus.OPEN],
    ['open', ConversationStatus.OPEN],
    ['pending', ConversationStatus.PENDING],
    ['closed', ConversationStatus.CLOSED],
    ['spam', ConversationStatus.SPAM],
    ['archived', ConversationStatus.UNKNOWN],
  ])('maps status "%s" to %s and keeps the raw value', (raw, expected) => {
    expect(map({ status: raw })).toMatchObject({ status: expected, rawStatus: raw });
  });

  it('maps state "deleted" to DELETED whatever the status', () => {
    expect(map({ status: 'active', state: 'deleted' })).toMatchObject({ status: ConversationStatus.DELETED, rawStatus: 'active' });
  });

  it.each([
    ['email', Channel.EMAIL],
    ['chat', Channel.CHAT],
    ['phone', Channel.PHONE],
    ['fax', Channel.UNKNOWN],
  ])('maps type "%s" to channel %s', (raw, expected) => {
    expect(map({ type: raw })).toMatchObject({ channel: expected, rawChannel: raw });
  });

  it('keeps embedded threads only when they are all there', () => {
    expect(map().embeddedThreads).toBeNull();
    expect(map({}, seedThreads()).embeddedThreads).toHaveLength(2);
    expect(map({}, seedThreads().slice(1)).embeddedThreads).toBeNull();
  });

  it('takes the later of userUpdatedAt and customerWaitingSince as last activity', () => {
    expect(map({ customerWaitingSince: { time: '2012-03-01T00:00:00Z' } }).lastActivityAt).toBe('2012-03-16T14:07:23Z');
    expect(map({ customerWaitingSince: null, userUpdatedAt: null }).lastActivityAt).toBeNull();
  });

  it('records the id a merged conversation was requested by', () => {
    const raw = absolutize(seedConversation());
    expect(mapConversation(readConversation(raw), { ...ctx, mergedFromId: '122' }).mergedFromId).toBe('122');
  });

  it('lists participants once each, in a stable order', async () => {
    const c = map({ createdBy: { id: 238604, type: 'customer', first: 'Rob', last: 'Robertovic', email: 'rob@acme.com' } });
    const ids = (await c.participants(linkContext)).map((p) => p.id);
    expect(ids).toEqual(['helpscout:customer:238604', 'helpscout:user:99', 'helpscout:user:14']);
  });

  it('maps a number custom field value (issue 8 shape 10) to its string rendering with the number as rawValue', () => {
    const c = map({ customFields: [{ id: 7, name: 'Seats', value: 42, text: '42' }] });
    expect(c.customFields).toEqual([{ id: 'helpscout:123#customField/7', fieldId: 7, name: 'Seats', value: '42', rawValue: 42, text: '42' }]);
    expect(reasons(c)).toBeUndefined();
  });

  it('maps an unknown or retyped status to UNKNOWN with its rendering in rawStatus, and no defect', () => {
    const c = map({ status: 7 });
    expect(c).toMatchObject({ status: ConversationStatus.UNKNOWN, rawStatus: '7' });
    expect(reasons(c)).toBeUndefined();
  });

  it('reports an unreadable leaf on its own field and on the fields computed from it, nothing else', () => {
    const c = map({ userUpdatedAt: 'soon', threads: 'two', _links: { web: 5 } });
    expect(Object.keys(reasons(c) ?? {}).sort()).toEqual(['_links', 'lastActivityAt', 'links', 'messageCount', 'threadCount', 'threads', 'updatedAt', 'userUpdatedAt', 'webUrl']);
    expect(reasons(c)?.['updatedAt']).toBe('conversation.userUpdatedAt: expected an RFC 3339 date-time');
    expect(c).toMatchObject({ subject: 'Help', status: ConversationStatus.CLOSED, messageCount: null, embeddedThreads: null });
  });

  it('hands a nested part its own defects: a broken tag name is reported on that tag, a tag without id on the list', () => {
    const c = map({ tags: [{ id: 1, tag: 5 }, { tag: 'no id' }, { id: 3, tag: 'ok' }] });
    expect(reasons(c)).toEqual({ tags: 'conversation.tags.1: Invalid input: expected number, received undefined' });
    expect(c.tags.map((t) => [t.id, t.tag, reasons(t)])).toEqual([
      ['helpscout:123#tag/1', null, { tag: 'conversation.tags.0.tag: Invalid input: expected string, received number' }],
      ['helpscout:123#tag/3', 'ok', undefined],
    ]);
  });

  it('reports a person whose id cannot be read on its field and on participants, and a broken name on the person', () => {
    const c = map({ assignee: { id: 'x' }, primaryCustomer: { id: 238604, type: 'customer', first: 5, last: 'Robertovic' } });
    expect(c.assigneeUser).toBeNull();
    expect(Object.keys(reasons(c) ?? {}).sort()).toEqual(['assignee', 'participants']);
    expect(c.primaryCustomer).toMatchObject({ last: 'Robertovic', displayName: 'Robertovic' });
    expect(Object.keys(reasons(c.primaryCustomer) ?? {}).sort()).toEqual(['displayName', 'first']);
  });
});
