import { Unreadable } from '../../src/kit/defects';
import type { PageItem, PageResult } from '../../src/kit/paging/request';

/** The items of a page that must all be readable (a test fails loudly on an `Unreadable`). */
export function readableItems<T>(page: PageResult<T | Unreadable>): PageItem<T>[] {
  return page.items.map((item) => {
    if (item.node instanceof Unreadable) throw new Error(`unexpected unreadable item: ${item.node.reason}`);
    return { node: item.node, cursor: item.cursor };
  });
}

/** The page with every item checked readable, for assertions that read node fields. */
export function readablePage<T>(page: PageResult<T | Unreadable>): PageResult<T> {
  return { ...page, items: readableItems(page) };
}
