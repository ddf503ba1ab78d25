import { ParleyError } from '../../../errors/parley-error';
import { seedMessages } from '../simulator/seed';
import { parseMessage, parseMessageList } from './message.wire';
import { parseParticipantList } from './participant.wire';

/** Runs `fn` and checks it failed as PROVIDER_BAD_RESPONSE with a message naming `where`. */
function expectBadResponse(fn: () => unknown, where: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ParleyError);
  expect(caught).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE' });
  expect(caught instanceof Error ? caught.message : '').toMatch(where);
}

describe('Bird message and list wire schemas', () => {
  it('parses text and html messages', () => {
    expect(parseMessage(seedMessages[0]).body?.html?.html).toBe('<p>test</p>');
    expect(parseMessage(seedMessages[1]).body?.text?.text).toBe('Hey, listen!');
  });

  it('rejects a message without a sender', () => {
    const withoutSender: unknown = Object.fromEntries(Object.entries(seedMessages[1] ?? {}).filter(([key]) => key !== 'sender'));
    expectBadResponse(() => parseMessage(withoutSender), /message: sender/);
  });

  it('rejects a message id that could leave its path segment', () => {
    expectBadResponse(() => parseMessage({ ...seedMessages[1], id: 'a/../b' }), /message: id/);
  });

  it('reads the paginated list wrapper and the legacy {results} shape', () => {
    expect(parseMessageList({ results: seedMessages, nextPageToken: 'abc', total: 2, totalType: '' }).total).toBe(2);
    expect(parseParticipantList({ results: [] }).nextPageToken).toBeUndefined();
  });

  it('rejects a list whose results is not an array', () => {
    expectBadResponse(() => parseMessageList({ results: {} }), /message list: results/);
  });
});
