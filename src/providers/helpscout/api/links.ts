import type { JsonObject } from '../../../kit/json';
import type { LinkIO } from '../../../kit/link-io';
import type { HelpScoutLinks } from '../graphql/links';
import { mapCustomerProfile, mapMailbox, mapUserProfile } from '../mapping/profile.mapper';
import { rawObject } from '../wire/hal.wire';
import { parseMailbox } from '../wire/mailbox.wire';
import { parseCustomer, parseUser } from '../wire/person.wire';
import type { LinkRef } from './keys';
import { resolveRef } from './paths';
import { readLastThread, readThreads } from './threads';

/** GETs a linked resource through the request's resource loader: at most once per URL per operation. */
async function follow(io: LinkIO, ref: LinkRef, what: string): Promise<JsonObject> {
  return rawObject((await io.get(resolveRef(io, ref))).body, what);
}

/**
 * How Help Scout objects follow their links. Built once per connected client; the mapper hands it
 * to every object it builds, including the objects these links map in turn.
 */
export function createHelpScoutLinks(): HelpScoutLinks {
  const links: HelpScoutLinks = {
    messages: (conversation, request, io) => readThreads(conversation, request, io, links),
    lastMessage: (conversation, io) => readLastThread(conversation, io, links),
    async mailbox(ref, io) {
      const raw = await follow(io, ref, 'mailbox');
      return mapMailbox(parseMailbox(raw), raw);
    },
    async customerProfile(ref, io) {
      const raw = await follow(io, ref, 'customer');
      return mapCustomerProfile(parseCustomer(raw), raw);
    },
    async userProfile(ref, io) {
      const raw = await follow(io, ref, 'user');
      return mapUserProfile(parseUser(raw), raw);
    },
  };
  return links;
}
