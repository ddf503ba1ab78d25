import { z } from 'zod';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import { parseWithRaw, zDateTime, type Parsed } from '../../../kit/wire';
import { UUID } from '../api/keys';
import { MAILPERFORMANCE } from '../identity';
import { zCode, zText } from './common.wire';

/** One delivery event. `origin`/`recipient` are on `received`; `reason` is a simulator guess [I]. */
export const zEvent = z.object({
  type: z.string().min(1),
  date: zDateTime,
  origin: zText,
  recipient: zText,
  reason: zText,
});

/** `GET /messages/{id}` [S]. */
export const zMessage = z.object({
  type: z.string(),
  media: z.string(),
  id: z.string().regex(UUID, 'expected a UUID'),
  actionId: zCode,
  target: zCode,
  events: z.array(zEvent),
});

export type WireEvent = z.infer<typeof zEvent>;
export type WireMessage = z.infer<typeof zMessage>;

export const parseMessage = (body: unknown): Parsed<WireMessage> => parseWithRaw(zMessage, body, MAILPERFORMANCE.slug, 'message');

/** The untouched event objects, index for index with `wire.events`. */
export function rawEvents(raw: JsonObject): JsonObject[] {
  const events = raw['events'];
  return Array.isArray(events) ? events.map((event) => (isJsonObject(event) ? event : {})) : [];
}
