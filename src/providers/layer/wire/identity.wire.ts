import { z } from 'zod';
import type { Tolerant } from '../../../kit/tolerant';
import { zJsonObject } from '../../../kit/wire';
import { readLayer } from './list.wire';

export const zLayerIdentity = z.object({
  id: z.string().nullish(),
  url: z.string().nullish(),
  user_id: z.string().min(1),
  display_name: z.string().nullish(),
  avatar_url: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  phone_number: z.string().nullish(),
  email_address: z.string().nullish(),
  identity_type: z.string().nullish(),
  public_key: z.string().nullish(),
  metadata: zJsonObject.nullish(),
});

export type LayerIdentityWire = z.infer<typeof zLayerIdentity>;

export const parseLayerIdentity = (body: unknown): Tolerant<LayerIdentityWire> => readLayer(zLayerIdentity, body, 'identity', ['user_id']);
