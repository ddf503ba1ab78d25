import { DEFECTS, type WithDefects } from '../../../kit/defects';
import { fakeLinkIO, linkContextOf } from '../../../../test/support/link-context';
import { DeliveryStatus, MessageDirection, MessageKind, ParticipantRole } from '../../../schema/enums';
import type { HelpScoutLinks } from '../graphql/links';
import { HelpScoutEmailAddress, HelpScoutUser } from '../graphql/participant.type';
import { HelpScoutThread } from '../graphql/thread.type';
import { seedThreads } from '../simulator/seed';
import { readThread } from '../wire/thread.wire';
import { htmlToText, mapThread, threadShape } from './thread.mapper';

const follow = {} as HelpScoutLinks;
// Senders and recipients are embedded: the IO is never used.
const ctx = linkContextOf(fakeLinkIO(), 'helpscout');
const map = (raw: Record<string, unknown>): HelpScoutThread => mapThread(readThread(raw), '123', follow);
const reasons = (built: object | null | undefined): Readonly<Record<string, string>> | undefined => (built as WithDefects | null | undefined)?.[DEFECTS]?.reasons;
const [customerThread = {}, replyThread = {}] = seedThreads();

describe('Help Scout thread mapper', () => {
  it('maps the seed customer thread to an inbound, received message with its author as sender', async () => {
    const thread = map(customerThread);
    expect(thread).toBeInstanceOf(HelpScoutThread);
    expect(thread).toMatchObject({
      id: 'helpscout:thread:123/123001', nativeId: '123001', conversationId: '123', kind: MessageKind.MESSAGE, direction: MessageDirection.INBOUND,
      html: '<p>Help, <b>please</b>: our trial account &amp; its invoices.</p>', text: 'Help, please: our trial account & its invoices.',
      deliveryStatus: DeliveryStatus.RECEIVED, rawDeliveryStatus: null, attachmentCount: 0, type: 'customer', status: 'active', state: 'published',
      to: ['support@acme-help.example'], cc: ['bear@normal.com'], bcc: ['bear@secret.com'], openedAt: null,
    });
    expect(await thread.sender(ctx)).toMatchObject({ id: 'helpscout:customer:12', email: 'bear@acme.com' });
    expect((await thread.recipients(ctx)).map((p) => p.id)).toEqual([
      'helpscout:email:support@acme-help.example', 'helpscout:email:bear@normal.com', 'helpscout:email:bear@secret.com',
    ]);
  });

  it('maps the seed reply to an outbound, read message sent to its customer', async () => {
    const thread = map(replyThread);
    expect(thread).toMatchObject({ direction: MessageDirection.OUTBOUND, deliveryStatus: DeliveryStatus.READ, savedReplyId: 10, attachmentCount: 1 });
    expect(thread.attachments[0]).toMatchObject({ id: 'helpscout:thread:123/123002#attachment/77', attachmentId: 77, filename: 'invoice.pdf', mimeType: 'application/pdf', size: 20480 });
    expect(thread.assignedTo).toBeInstanceOf(HelpScoutUser);
    expect(thread.links.map((l) => l.rel)).toEqual(['createdByUser', 'customer']);
    const recipients = await thread.recipients(ctx);
    expect(recipients.map((p) => p.id)).toEqual(['helpscout:customer:238604', 'helpscout:email:bear@normal.com']);
    expect(recipients[1]).toBeInstanceOf(HelpScoutEmailAddress);
    expect(recipients[1]).toMatchObject({ role: ParticipantRole.UNKNOWN, email: 'bear@normal.com', displayName: null });
  });

  it.each([
    ['customer', 'none', MessageKind.MESSAGE, MessageDirection.INBOUND],
    ['message', 'none', MessageKind.MESSAGE, MessageDirection.OUTBOUND],
    ['note', 'none', MessageKind.NOTE, MessageDirection.INTERNAL],
    ['lineitem', 'none', MessageKind.EVENT, MessageDirection.SYSTEM],
    ['chat', 'customer', MessageKind.MESSAGE, MessageDirection.INBOUND],
    ['chat', 'user', MessageKind.MESSAGE, MessageDirection.OUTBOUND],
    ['phone', 'user', MessageKind.MESSAGE, MessageDirection.OUTBOUND],
    ['phone', 'none', MessageKind.MESSAGE, MessageDirection.UNKNOWN],
    ['hologram', 'user', MessageKind.MESSAGE, MessageDirection.UNKNOWN],
  ])('maps thread type "%s" with author type %s to %s / %s', (type, author, kind, direction) => {
    expect(threadShape(type, author === 'none' ? null : { id: 1, type: author })).toEqual({ kind, direction });
  });

  it('uses the action text of a line item without body, and has no recipients for it', async () => {
    const thread = map({ id: 5, type: 'lineitem', body: null, action: { type: 'manual-workflow', text: 'You ran the Assign to Spam workflow', associatedEntities: {} } });
    expect(thread).toMatchObject({ text: 'You ran the Assign to Spam workflow', html: null, attachmentCount: null, deliveryStatus: DeliveryStatus.UNKNOWN });
    expect(thread.action).toMatchObject({ type: 'manual-workflow', associatedEntities: {} });
    expect(await thread.recipients(ctx)).toEqual([]);
    expect(await thread.sender(ctx)).toBeNull();
  });

  it('gives a team its own id kind and no profile link', () => {
    const thread = map({ id: 6, type: 'note', assignedTo: { id: 7, type: 'team', first: 'Tier', last: '2' } });
    expect(thread.assignedTo).toMatchObject({ id: 'helpscout:team:7', role: ParticipantRole.AGENT, profileLink: null });
  });

  it('finds the persons of a thread by their documented paths and hands them the links', () => {
    const thread = map({ id: 8, type: 'customer', customer: { id: 5, type: 'customer' }, createdBy: { id: 9, type: 'user' } });
    expect(thread.customer).toMatchObject({ profileLink: { kind: 'customer', hal: null, id: '5' }, follow });
    expect(thread.createdBy).toMatchObject({ profileLink: { kind: 'user', hal: null, id: '9' }, follow });
  });

  it('turns HTML into text with line breaks and decoded entities', () => {
    expect(htmlToText('<p>Hi&nbsp;Rob,</p><p>line<br/>two &lt;ok&gt; &#233;&#x41;</p>  ')).toBe('Hi Rob,\nline\ntwo <ok> éA');
    expect(htmlToText('plain &unknown; text')).toBe('plain &unknown; text');
  });

  it('maps a line item whose action lists its entities in an array (issue 8 shape 9), the list kept as sent', () => {
    const thread = map({ id: 9, type: 'lineitem', action: { type: 'default', associatedEntities: [] } });
    expect(thread.action).toMatchObject({ type: 'default', text: null, associatedEntities: [] });
    expect(reasons(thread)).toBeUndefined();
  });

  it('maps an unknown or retyped thread type to MESSAGE / UNKNOWN with the rendering in type', () => {
    expect(map({ id: 10, type: 3 })).toMatchObject({ type: '3', kind: MessageKind.MESSAGE, direction: MessageDirection.UNKNOWN });
  });

  it('reports a broken attachment leaf on the attachment, a lost attachment on attachments and attachmentCount', () => {
    const thread = map({ id: 11, type: 'note', _embedded: { attachments: [{ id: 1, size: 'big' }, { filename: 'no id' }] } });
    expect(Object.keys(reasons(thread) ?? {}).sort()).toEqual(['attachmentCount', 'attachments']);
    expect(thread.attachments).toHaveLength(1);
    expect(reasons(thread.attachments[0])).toEqual({ size: 'thread._embedded.attachments.0.size: Invalid input: expected number, received string' });
  });

  it('reports an unreadable body on html and text, an unreadable author on createdBy and sender', () => {
    const thread = map({ id: 12, type: 'customer', body: 5, createdBy: { email: 'x' } });
    expect(Object.keys(reasons(thread) ?? {}).sort()).toEqual(['body', 'createdBy', 'html', 'sender', 'text']);
    expect(thread).toMatchObject({ kind: MessageKind.MESSAGE, direction: MessageDirection.INBOUND, createdBy: null });
  });
});
