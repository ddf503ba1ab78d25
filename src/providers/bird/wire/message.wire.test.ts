import { failureOf } from '../../../../test/support/errors';
import { Unreadable } from '../../../kit/defects';
import { seedMessages } from '../simulator/seed';
import { parseMessage, parseMessageList } from './message.wire';
import { parseParticipantList } from './participant.wire';

describe('Bird message and list wire schemas', () => {
  it('parses text and html messages', () => {
    expect(parseMessage(seedMessages[0]).wire.body?.html?.html).toBe('<p>test</p>');
    expect(parseMessage(seedMessages[1]).wire.body?.text?.text).toBe('Hey, listen!');
  });

  it('reads a message without a sender, and leaves out a sender without a readable id as a defect', () => {
    const withoutSender: unknown = Object.fromEntries(Object.entries(seedMessages[1] ?? {}).filter(([key]) => key !== 'sender'));
    expect(parseMessage(withoutSender).defects.isEmpty).toBe(true);
    const read = parseMessage({ ...seedMessages[1], sender: { type: 'bot' } });
    expect(read.wire.sender).toBeUndefined();
    expect(read.defects.messages).toEqual([expect.stringMatching(/^message\.sender: /)]);
  });

  it('refuses a message whose id could leave its path segment', () => {
    expect(failureOf(() => parseMessage({ ...seedMessages[1], id: 'a/../b' })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/message\.id/) });
  });

  it('reads reason in any form and a documented failure object', () => {
    const failure = { code: 15005, source: { name: 'sms-messagebird', code: '1' } };
    const read = parseMessage({ ...seedMessages[1], status: 'delivery_failed', reason: { code: 7 }, details: 'unknown_subscriber', failure });
    expect([read.wire.reason, read.wire.details, read.wire.failure]).toEqual([{ code: 7 }, 'unknown_subscriber', { code: '15005', source: { name: 'sms-messagebird', code: '1' } }]);
    expect(read.defects.isEmpty).toBe(true);
  });

  it('reads the paginated list wrapper and the legacy {results} shape', () => {
    expect(parseMessageList({ results: seedMessages, nextPageToken: 'abc', total: 2, totalType: '' }).total).toBe(2);
    expect(parseParticipantList({ results: [] }).nextPageToken).toBeNull();
  });

  it('keeps a list item without a readable id as unreadable, in its place', () => {
    const list = parseMessageList({ results: [seedMessages[0], 'garbage', seedMessages[1]] });
    expect(list.results.map((item) => item instanceof Unreadable)).toEqual([false, true, false]);
  });

  it('refuses a list whose results is not an array', () => {
    expect(failureOf(() => parseMessageList({ results: {} })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/message list\.results/) });
  });
});
