import { z } from 'zod';

/** TextUs error body. Undocumented for the Next API: `{"@type":"Error","error":"Not Found"}` is a guess. */
const zError = z.object({ error: z.string() });

/** The `error` text of an error body, shortened: a reference safe to show, or undefined. */
export function errorRefOf(body: unknown): string | undefined {
  const parsed = zError.safeParse(body);
  return parsed.success ? parsed.data.error.slice(0, 100) : undefined;
}
