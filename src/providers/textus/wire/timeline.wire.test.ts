import { failureOf } from '../../../../test/support/errors';
import { seedConversation } from '../simulator/seed';
import { parseTimelinePage } from './timeline.wire';

describe('TextUs timeline page parser', () => {
  const page = (): Record<string, unknown> => ({ ...(seedConversation()['timeline'] as object) });

  it('parses messages and events', () => {
    const parsed = parseTimelinePage(page());
    expect(parsed.members.map((item) => item.wire['@type'])).toEqual(['Message', 'Message', 'ConversationEvent']);
  });

  it('refuses a member of an @type the docs do not list', () => {
    const error = failureOf(() => parseTimelinePage({ ...page(), members: [{ '@type': 'Call', id: '/calls/x', timelinePosition: '2020-01-01T00:00:00Z' }] }));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toContain('members.0');
  });

  it('refuses a message whose timelinePosition is not a date-time', () => {
    const members = [{ ...(page()['members'] as object[])[0], timelinePosition: 'yesterday' }];
    expect(failureOf(() => parseTimelinePage({ ...page(), members })).code).toBe('PROVIDER_BAD_RESPONSE');
  });
});
