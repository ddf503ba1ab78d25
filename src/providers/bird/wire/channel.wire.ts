import { z } from 'zod';
import { parseWire } from '../../../kit/wire';
import { BIRD } from '../identity';
import { withRaw, zText, zUuid } from './common.wire';

/** Channel (`GET /workspaces/{ws}/channels/{id}`): `platformId` says sms, whatsapp, email… */
const zChannel = withRaw(
  z.object({
    id: zUuid,
    platformId: z.string(),
    name: zText,
    connectorId: zText,
    identifier: zText,
    status: zText,
  }),
);

export type BirdChannelWire = z.infer<typeof zChannel>;

export const parseChannel = (body: unknown): BirdChannelWire => parseWire(zChannel, body, BIRD.slug, 'channel');
