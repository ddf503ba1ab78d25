import { z } from 'zod';
import { zDateTime } from '../../../kit/wire';
import { readTolerant, type Tolerant, type TolerantOptions } from '../../../kit/tolerant';
import { UUID } from '../api/keys';
import { MAILPERFORMANCE } from '../identity';
import { zCode, zLoose, zText } from './common.wire';

/**
 * One delivery event. Events have no id, so nothing in one is its identity: an event is
 * unreadable only when it is not an object. `origin`/`recipient` are on `received`; `reason` is
 * a simulator guess [I]. An unknown `type` is data (UNKNOWN delivery status, raw value kept).
 */
export const zEvent = z.object({
  type: zLoose.nullish(),
  date: zDateTime.nullish(),
  origin: zText,
  recipient: zText,
  reason: zLoose.nullish(),
});

/**
 * `GET /messages/{id}` [S]. Only `id` is required; events are read one by one (`readEvent`) so
 * an unreadable one keeps its place, and with it the index its node id is made of.
 */
export const zMessage = z.object({
  id: z.string().regex(UUID, 'expected a UUID'),
  type: zText,
  media: zText,
  actionId: zCode.nullish(),
  target: zCode.nullish(),
  events: z.array(z.unknown()).nullish(),
});

export type WireEvent = z.infer<typeof zEvent>;
export type WireMessage = z.infer<typeof zMessage>;

const MESSAGE: TolerantOptions = { provider: MAILPERFORMANCE.slug, what: 'message', identity: ['id'] };

export const readMessage = (body: unknown): Tolerant<WireMessage> => readTolerant(zMessage, body, MESSAGE);

/** Options for event `index` of a message: its reasons name it `message.events.<index>`. */
export const eventOptions = (index: number): TolerantOptions => ({ provider: MAILPERFORMANCE.slug, what: `message.events.${index}`, identity: [] });
