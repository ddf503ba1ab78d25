import { badResponse } from '../../errors/parley-error';
import type { UpstreamResponse } from '../../http/http-client';
import type { ProviderIO } from '../adapter';
import { isJsonObject, type JsonObject } from '../shared/json';
import { parseWire } from '../shared/wire';
import { mapCustomerProfile, mapMailbox, mapUserProfile } from './helpscout-profile.mapper';
import type { HelpScoutCustomerProfile, HelpScoutMailbox, HelpScoutUserProfile } from './helpscout-profile.type';
import { zCustomer, zMailbox, zUser } from './helpscout-resources.wire';
import { follow, type LinkRef } from './helpscout.links';
import { SLUG } from './helpscout.wire';

/** The body as a JSON object (`raw`), or PROVIDER_BAD_RESPONSE naming what was expected. */
export function rawObject(response: UpstreamResponse, what: string): JsonObject {
  if (!isJsonObject(response.body)) throw badResponse(SLUG, `${what}: expected a JSON object`);
  return response.body;
}

export async function loadCustomerProfile(io: ProviderIO, ref: LinkRef): Promise<HelpScoutCustomerProfile> {
  const raw = rawObject(await follow(io, ref), 'customer');
  return mapCustomerProfile(parseWire(zCustomer, raw, SLUG, 'customer'), raw);
}

export async function loadUserProfile(io: ProviderIO, ref: LinkRef): Promise<HelpScoutUserProfile> {
  const raw = rawObject(await follow(io, ref), 'user');
  return mapUserProfile(parseWire(zUser, raw, SLUG, 'user'), raw);
}

export async function loadMailbox(io: ProviderIO, ref: LinkRef): Promise<HelpScoutMailbox> {
  const raw = rawObject(await follow(io, ref), 'mailbox');
  return mapMailbox(parseWire(zMailbox, raw, SLUG, 'mailbox'), raw);
}
