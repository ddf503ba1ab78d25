import { z } from 'zod';
import { zJsonObject, type Parsed } from '../../../kit/wire';
import { withRaw } from './list.wire';

export const zLayerIdentity = z.object({
  id: z.string().optional(),
  url: z.string().optional(),
  user_id: z.string().min(1),
  display_name: z.string().nullable().optional(),
  avatar_url: z.string().nullable().optional(),
  first_name: z.string().nullable().optional(),
  last_name: z.string().nullable().optional(),
  phone_number: z.string().nullable().optional(),
  email_address: z.string().nullable().optional(),
  identity_type: z.string().nullable().optional(),
  public_key: z.string().nullable().optional(),
  metadata: zJsonObject.nullable().optional(),
});

export type LayerIdentityWire = z.infer<typeof zLayerIdentity>;

export const parseLayerIdentity = (body: unknown): Parsed<LayerIdentityWire> => withRaw(zLayerIdentity, body, 'identity');
