import { z } from 'zod';
import { parseWithRaw, zDateTime, zJsonObject, type Parsed } from '../../../kit/wire';
import { MAILPERFORMANCE } from '../identity';
import { zCode, zText, zTextOrNumber } from './common.wire';

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

export type WireAction = z.infer<typeof zAction>;

export const parseAction = (body: unknown): Parsed<WireAction> => parseWithRaw(zAction, body, MAILPERFORMANCE.slug, 'action');
