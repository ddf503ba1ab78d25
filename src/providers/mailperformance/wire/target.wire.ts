import { z } from 'zod';
import type { JsonObject } from '../../../kit/json';
import { parseWithRaw, zDateTime, zJsonObject, type Parsed } from '../../../kit/wire';
import { MAILPERFORMANCE } from '../identity';
import { zCode, zText, zTextOrNumber } from './common.wire';

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

export type WireTarget = z.infer<typeof zTarget>;

export const parseTarget = (body: unknown): Parsed<WireTarget> => parseWithRaw(zTarget, body, MAILPERFORMANCE.slug, 'target');

/**
 * Which key of a target's `fields` holds what. The keys are account-specific field ids
 * (`/fields` resource), so the meaning of `8103` cannot be read from the payload: it is
 * configured (`MAILPERFORMANCE_TARGET_FIELDS`).
 */
export interface TargetFieldMap {
  email?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
}
