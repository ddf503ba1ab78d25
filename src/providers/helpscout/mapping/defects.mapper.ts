import { mergeDefects, type FieldDefects } from '../../../kit/defects';

/**
 * The field defects of an object whose fields come from two levels of its payload (a thread's
 * `attachments` live under `_embedded`): the object's own, plus `inner`'s losses of whole parts
 * or list items, reported on the fields `inner.forFields` names.
 */
export function withInner(own: FieldDefects | undefined, inner: FieldDefects | undefined): FieldDefects | undefined {
  return mergeDefects(own, inner);
}
