import { z } from 'zod';
import { readTolerant, type Tolerant } from '../../../kit/tolerant';
import { zDateTime, zJsonObject } from '../../../kit/wire';
import { MAILPERFORMANCE } from '../identity';
import { zCode, zLoose, zStamp } from './common.wire';

// PHP backends serialise an empty map as `[]`: read it as "no entries". A preprocess rather than
// a union, so a bad leaf inside is left out on its own instead of taking its whole map along.
const emptyListAsMap = (value: unknown): unknown => (Array.isArray(value) && value.length === 0 ? {} : value);

/** Target doc: `{"field":8102,"type":1,"timestamp":"1465831160","reason":1}`; strings are read too. */
const zBounce = z.object({ field: zLoose.nullish(), type: zLoose.nullish(), timestamp: zStamp.nullish(), reason: zLoose.nullish() });
const zRedListEntry = z.object({ timestamp: zStamp.nullish(), reason: zLoose.nullish() });
const zRedList = z.preprocess(emptyListAsMap, z.object({ mail: zRedListEntry.nullish(), sms: zRedListEntry.nullish() }));

/** `GET /targets/{id}` [D]. Only `id` is required. */
export const zTarget = z.object({
  id: zCode,
  creationDate: zDateTime.nullish(),
  lastUpdateDate: zDateTime.nullish(),
  fields: z.preprocess(emptyListAsMap, zJsonObject).nullish(),
  bounce: z.array(zBounce).nullish(),
  redList: zRedList.nullish(),
});

export type WireTarget = z.infer<typeof zTarget>;
export type WireBounce = z.infer<typeof zBounce>;
export type WireRedListEntry = z.infer<typeof zRedListEntry>;

export const readTarget = (body: unknown): Tolerant<WireTarget> =>
  readTolerant(zTarget, body, { provider: MAILPERFORMANCE.slug, what: 'target', identity: ['id'] });

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
