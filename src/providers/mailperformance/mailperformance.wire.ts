import { z } from 'zod';
import { isJsonObject, type JsonObject } from '../shared/json';
import { parseWithRaw, zDateTime, zJsonObject, type Parsed } from '../shared/wire';
import { SLUG } from './mailperformance.links';

/** Message ids are UUIDs (seed: `6dc5cd3d-e233-4359-be70-088833f89bff`). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Action (`000JKG`) and target (`000QE6KY`) codes: short alphanumerics that go into paths. */
export const CODE = /^[0-9A-Za-z]{1,32}$/;

const zCode = z.string().regex(CODE, 'expected an alphanumeric MailPerformance code');
const zText = z.string().nullish();
// Field ids and unix timestamps arrive as strings in the docs; accept numbers too and keep text.
const zTextOrNumber = z.union([z.string(), z.number()]).nullish();

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

const zBounce = z.object({ field: zTextOrNumber, type: zText, timestamp: zTextOrNumber, reason: zText });
const zRedListEntry = z.object({ timestamp: zTextOrNumber, reason: zText });
// PHP backends serialise an empty map as `[]`: read it as "no entries".
const zRedList = z.union([
  z.object({ mail: zRedListEntry.nullish(), sms: zRedListEntry.nullish() }),
  z.array(z.never()).transform(() => ({ mail: null, sms: null })),
]);

/** `GET /targets/{id}` [D]. */
export const zTarget = z.object({
  id: zCode,
  creationDate: zDateTime.nullish(),
  lastUpdateDate: zDateTime.nullish(),
  fields: z.union([zJsonObject, z.array(z.never()).transform((): JsonObject => ({}))]).nullish(),
  bounce: z.array(zBounce).nullish(),
  redList: zRedList.nullish(),
});

const zSender = z.object({ prefix: zText, domain: zText, label: zText });

/** `GET /actions/{id}` [D]: typed where documented, free-form maps kept as JSON. */
export const zAction = z.object({
  type: z.string(),
  id: zCode,
  name: z.string(),
  description: zText,
  creationDate: zDateTime.nullish(),
  informations: z
    .object({ folder: zTextOrNumber, category: zTextOrNumber, state: z.number().int().nullish() })
    .nullish(),
  settings: zJsonObject.nullish(),
  content: z
    .object({
      headers: z.object({ from: zSender.nullish(), reply: zText }).nullish(),
      subject: zText,
      html: zText,
      text: zText,
    })
    .nullish(),
  scheduler: zJsonObject.nullish(),
});

export type WireEvent = z.infer<typeof zEvent>;
export type WireMessage = z.infer<typeof zMessage>;
export type WireTarget = z.infer<typeof zTarget>;
export type WireAction = z.infer<typeof zAction>;

export const parseMessage = (body: unknown): Parsed<WireMessage> => parseWithRaw(zMessage, body, SLUG, 'message');
export const parseTarget = (body: unknown): Parsed<WireTarget> => parseWithRaw(zTarget, body, SLUG, 'target');
export const parseAction = (body: unknown): Parsed<WireAction> => parseWithRaw(zAction, body, SLUG, 'action');

/** The untouched event objects, index for index with `wire.events`. */
export function rawEvents(raw: JsonObject): JsonObject[] {
  const events = raw['events'];
  return Array.isArray(events) ? events.map((event) => (isJsonObject(event) ? event : {})) : [];
}
