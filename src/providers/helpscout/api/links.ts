import type { LinkIO } from '../../../kit/link-io';
import type { HelpScoutLinks } from '../graphql/links';
import { mapCustomerProfile, mapMailbox, mapUserProfile } from '../mapping/profile.mapper';
import { checkIdentity } from '../wire/hal.wire';
import { readMailbox } from '../wire/mailbox.wire';
import { readCustomer, readUser } from '../wire/person.wire';
import type { LinkRef } from './keys';
import { resolveRef } from './paths';
import { readLastThread, readThreads } from './threads';

/**
 * GETs a linked resource through the request's resource loader (at most once per URL per
 * operation) and reads it with `read`. A record reached by its documented path (no HAL link)
 * was asked for by id, so it must carry that id.
 */
async function follow<T extends { wire: { id: number } }>(io: LinkIO, ref: LinkRef, what: string, read: (body: unknown) => T): Promise<T> {
  const record = read((await io.get(resolveRef(io, ref))).body);
  if (ref.hal === null) checkIdentity(what, ref.id, record.wire.id);
  return record;
}

/**
 * How Help Scout objects follow their links. Built once per connected client; the mapper hands it
 * to every object it builds, including the objects these links map in turn.
 */
export function createHelpScoutLinks(): HelpScoutLinks {
  const links: HelpScoutLinks = {
    messages: (conversation, request, io) => readThreads(conversation, request, io, links),
    lastMessage: (conversation, io) => readLastThread(conversation, io, links),
    mailbox: async (ref, io) => mapMailbox(await follow(io, ref, 'mailbox', readMailbox)),
    customerProfile: async (ref, io) => mapCustomerProfile(await follow(io, ref, 'customer', readCustomer)),
    userProfile: async (ref, io) => mapUserProfile(await follow(io, ref, 'user', readUser)),
  };
  return links;
}
