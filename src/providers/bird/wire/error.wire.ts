import { z } from 'zod';

/** Error body, as far as known: `{"code":"NotFound","message":"…"}`. */
const zError = z.object({ code: z.string().max(80).optional(), message: z.string().optional() });

/** The error `code` as a reference safe to show (no message: it may echo request data). */
export function birdErrorRef(body: unknown): string | undefined {
  const parsed = zError.safeParse(body);
  return parsed.success ? parsed.data.code : undefined;
}
