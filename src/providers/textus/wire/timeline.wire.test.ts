import { failureOf } from '../../../../test/support/errors';
import { Unreadable } from '../../../kit/defects';
import { seedConversation } from '../simulator/seed';
import { parseTimelinePage, readTimelineItem } from './timeline.wire';

describe('TextUs timeline page parser', () => {
  const page = (): Record<string, unknown> => ({ ...(seedConversation()['timeline'] as object) });
  const members = (): Record<string, unknown>[] => page()['members'] as Record<string, unknown>[];

  it('reads messages and events by their @type', () => {
    const read = (parseTimelinePage(page()).wire.members ?? []).map(readTimelineItem);
    expect(read.map((item) => (item instanceof Unreadable ? null : item.kind))).toEqual(['message', 'message', 'event']);
  });

  it('keeps a member of an @type the docs do not list as data of kind other, with its type', () => {
    const item = readTimelineItem({ '@type': 'Call', id: '/calls/x1', timelinePosition: '2020-01-01T00:00:00Z' });
    expect(item).toMatchObject({ kind: 'other', read: { wire: { '@type': 'Call', id: '/calls/x1' } } });
  });

  it('leaves an unreadable timelinePosition out and records it, keeping the message', () => {
    const item = readTimelineItem({ ...members()[0], timelinePosition: 'yesterday' });
    expect(item).toMatchObject({ kind: 'message', read: { wire: { id: '/messages/06oyogE' } } });
    expect(item instanceof Unreadable ? [] : item.read.defects.messages).toEqual(['message.timelinePosition: expected an RFC 3339 date-time']);
  });

  it('makes a member whose id cannot be read an Unreadable with the reason', () => {
    const item = readTimelineItem({ ...members()[2], id: 42 });
    expect(item).toBeInstanceOf(Unreadable);
    expect((item as Unreadable).reason).toBe('conversation event.id: Invalid input: expected string, received number');
  });

  it('refuses a page that is not an object', () => {
    expect(failureOf(() => parseTimelinePage([1, 2])).code).toBe('PROVIDER_BAD_RESPONSE');
  });
});
