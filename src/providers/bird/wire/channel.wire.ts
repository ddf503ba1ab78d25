import { z } from 'zod';
import type { Tolerant } from '../../../kit/tolerant';
import { readBird, withRaw, zLooseText, zText, zUuid } from './common.wire';

/** Channel (`GET /workspaces/{ws}/channels/{id}`): `platformId` says sms, whatsapp, email… */
const zChannel = withRaw(
  z.object({
    id: zUuid,
    platformId: zLooseText,
    name: zText,
    connectorId: zText,
    identifier: zText,
    status: zText,
  }),
);

export type BirdChannelWire = z.infer<typeof zChannel>;

export const parseChannel = (body: unknown): Tolerant<BirdChannelWire> => readBird(zChannel, body, 'channel');
