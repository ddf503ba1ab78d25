import { Unreadable } from '../../../kit/defects';
import type { PageReader } from '../../../kit/paging/window';
import { mailPerformancePaths } from './paths';

/** What the window needs of an event: its node key `<message uuid>.<index>` finds it again. */
export interface KeyedEvent {
  readonly nativeId: string;
}

/** A list already in hand, named by the address its upstream page has. */
export interface EventPages extends Pick<PageReader<KeyedEvent | Unreadable>, 'key' | 'owns'> {
  readonly address: string;
}

/**
 * A message's events. The message body holds all of them and nothing pages them upstream, so
 * they are served with `listWindow` under the message's own address: a cursor names its
 * message, and one issued for another message or any other path is refused before a request.
 */
export function eventPages(baseUrl: URL, messageId: string): EventPages {
  const address = mailPerformancePaths.message(messageId);
  const own = new URL(address, baseUrl).href;
  return {
    address,
    // An unreadable event is keyed like a readable one (`<uuid>.<index>`), so cursors stay valid across it.
    key: (event) => (event instanceof Unreadable ? event.key : event.nativeId),
    owns: (page) => page.href === own,
  };
}
