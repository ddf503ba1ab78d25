import { mergeDefects, type FieldDefects } from '../../../kit/defects';
import type { JsonValue } from '../../../kit/json';
import type { LooseValue } from '../wire/common.wire';

/** The text rendering of a value sent as a number or a string, or null. */
export const looseText = (value: LooseValue | null | undefined): string | null => value?.text ?? null;

/** The value exactly as sent, for the `raw…` field beside its text. */
export const looseRaw = (value: LooseValue | null | undefined): JsonValue | null => value?.raw ?? null;

/**
 * Field defects of a parse plus reasons the mapper found itself (a value derived from a part
 * read on its own, like an event); the parse's own reason wins where both name a field.
 */
export function withReasons(provider: string, base: FieldDefects | undefined, extra: Readonly<Record<string, string>>): FieldDefects | undefined {
  return Object.keys(extra).length === 0 ? base : mergeDefects(base, { provider, reasons: extra });
}
