import { failureOf } from '../../../../test/support/errors';
import { seedMessages } from '../simulator/seed';
import { parseMessage, parseMessageList } from './message.wire';
import { parseParticipantList } from './participant.wire';

describe('Bird message and list wire schemas', () => {
  it('parses text and html messages', () => {
    expect(parseMessage(seedMessages[0]).body?.html?.html).toBe('<p>test</p>');
    expect(parseMessage(seedMessages[1]).body?.text?.text).toBe('Hey, listen!');
  });

  it('rejects a message without a sender', () => {
    const withoutSender: unknown = Object.fromEntries(Object.entries(seedMessages[1] ?? {}).filter(([key]) => key !== 'sender'));
    expect(failureOf(() => parseMessage(withoutSender)))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/message: sender/) });
  });

  it('rejects a message id that could leave its path segment', () => {
    expect(failureOf(() => parseMessage({ ...seedMessages[1], id: 'a/../b' })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/message: id/) });
  });

  it('reads the paginated list wrapper and the legacy {results} shape', () => {
    expect(parseMessageList({ results: seedMessages, nextPageToken: 'abc', total: 2, totalType: '' }).total).toBe(2);
    expect(parseParticipantList({ results: [] }).nextPageToken).toBeUndefined();
  });

  it('rejects a list whose results is not an array', () => {
    expect(failureOf(() => parseMessageList({ results: {} })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/message list: results/) });
  });
});
