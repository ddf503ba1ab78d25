/** A value MailPerformance sends as a number or a string (ids, unix timestamps). */
export type LooseText = string | number | null | undefined;

/** Exposed as text whichever way it arrived, so one GraphQL type serves both spellings. */
export const looseText = (value: LooseText): string | null => (value === null || value === undefined ? null : String(value));
