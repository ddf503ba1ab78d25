import { z } from 'zod';
import type { JsonValue } from '../../../kit/json';
import { readTolerant, type Tolerant } from '../../../kit/tolerant';
import { zDateTime, zJsonObject } from '../../../kit/wire';
import { MAILPERFORMANCE } from '../identity';
import { zCode, zLoose, zText } from './common.wire';

const zSender = z.object({ prefix: zText, domain: zText, label: zText });

/** A reply-to header: its address, and the header exactly as sent. */
export interface WireReply {
  address: string | null;
  raw: JsonValue;
}

/**
 * The Actions doc shows `reply` as an object (`{"reply": "address@reply.dev"}`), other payloads
 * as a plain address: both are read; an object without a text `reply` has no address.
 */
const zReply = z.union([z.string(), zJsonObject]).transform((raw): WireReply => {
  if (typeof raw === 'string') return { address: raw, raw };
  const address = raw['reply'];
  return { address: typeof address === 'string' ? address : null, raw };
});

/** `GET /actions/{id}` [D]: typed where documented, free-form maps kept as JSON. Only `id` is required. */
export const zAction = z.object({
  id: zCode,
  type: zText,
  name: zText,
  description: zText,
  creationDate: zDateTime.nullish(),
  informations: z.object({ folder: zLoose.nullish(), category: zLoose.nullish(), state: z.number().int().nullish() }).nullish(),
  settings: zJsonObject.nullish(),
  content: z
    .object({
      headers: z.object({ from: zSender.nullish(), reply: zReply.nullish() }).nullish(),
      subject: zText,
      html: zText,
      text: zText,
    })
    .nullish(),
  scheduler: zJsonObject.nullish(),
});

export type WireAction = z.infer<typeof zAction>;

export const readAction = (body: unknown): Tolerant<WireAction> =>
  readTolerant(zAction, body, { provider: MAILPERFORMANCE.slug, what: 'action', identity: ['id'] });
