import type { Context } from '../../context';
import type { Participant } from '../../schema/participant.interface';
import type { ProviderIO } from '../adapter';
import { walkPages } from '../shared/pages';
import { TEXTUS, ioOf } from './textus-links';
import type { TextUsViewWire } from './textus-ld.wire';
import { mapContact, mapContactCollection, mapUser, mapUserCollection } from './textus-participant.mapper';
import type { TextUsContact, TextUsContactCollection, TextUsUser, TextUsUserCollection } from './textus-participant.type';
import { userInfoOf } from './textus-parts.mapper';
import type { TextUsUserInfo } from './textus-parts.type';
import {
  parseAssignments, parseContactCollection, parseUser, parseUserCollection, parseUserInfo,
  type TextUsContactCollectionWire, type TextUsUserCollectionWire,
} from './textus-people.wire';
import type { TextUsConversationWire } from './textus.wire';

interface Page<M> {
  members: M[];
  view?: TextUsViewWire | null | undefined;
}

/** A user behind a link (`sender`, event `user`): one request unless the user was embedded earlier. */
export async function fetchUser(io: ProviderIO, link: string): Promise<TextUsUser> {
  const response = await io.get(io.resolve(link));
  return mapUser(parseUser(response.body));
}

/** The first page of a collection: embedded (free) or behind a link (one request). */
async function firstPage<P>(io: ProviderIO, ref: string | P, parse: (body: unknown) => P): Promise<P> {
  return typeof ref === 'string' ? parse((await io.get(io.resolve(ref))).body) : ref;
}

/** Every member of a collection: the first page, then its `view.next` chain (bounded by walkPages). */
async function everyMember<M>(io: ProviderIO, ref: string | Page<M>, parse: (body: unknown) => Page<M>): Promise<M[]> {
  const head = await firstPage(io, ref, parse);
  const next = head.view?.next ?? null;
  if (next === null) return head.members;
  const rest = await walkPages(io, TEXTUS, next, (response) => {
    const page = parse(response.body);
    return { items: page.members, next: page.view?.next ?? null };
  });
  return [...head.members, ...rest.items];
}

function contactsRef(wire: TextUsConversationWire): string | TextUsContactCollectionWire {
  return wire.associatedContacts ?? `/conversations/${encodeURIComponent(wire.slug)}/associated_contacts`;
}

function usersRef(wire: TextUsConversationWire): string | TextUsUserCollectionWire {
  return wire.participants ?? `/conversations/${encodeURIComponent(wire.slug)}/participants`;
}

/** `associatedContacts` as a collection: embedded in a GET, a link in list results. */
export async function loadAssociatedContacts(wire: TextUsConversationWire, ctx: Context): Promise<TextUsContactCollection> {
  return mapContactCollection(await firstPage(ioOf(ctx), contactsRef(wire), parseContactCollection));
}

/** `participants` as TextUs sends it: the users who wrote to the contact. */
export async function loadParticipantUsers(wire: TextUsConversationWire, ctx: Context): Promise<TextUsUserCollection> {
  return mapUserCollection(await firstPage(ioOf(ctx), usersRef(wire), parseUserCollection));
}

/** Contacts first (the customer side), then users; each person once, by JSON-LD id. */
export async function loadEveryone(wire: TextUsConversationWire, ctx: Context): Promise<Participant[]> {
  const io = ioOf(ctx);
  const [contacts, users] = await Promise.all([
    everyMember(io, contactsRef(wire), parseContactCollection),
    everyMember(io, usersRef(wire), parseUserCollection),
  ]);
  const people = [...contacts.map(mapContact), ...users.map(mapUser)];
  const seen = new Set<string>();
  return people.filter((person) => {
    if (seen.has(person.jsonLd.id)) return false;
    seen.add(person.jsonLd.id);
    return true;
  });
}

/** The customer is the first associated contact (TextUs conversations are with one contact). */
export async function loadFirstContact(wire: TextUsConversationWire, ctx: Context): Promise<TextUsContact | null> {
  const page = await firstPage(ioOf(ctx), contactsRef(wire), parseContactCollection);
  const first = page.members[0];
  return first ? mapContact(first) : null;
}

/** The first assigned user, read from the `assignments` link (one request); null without the link. */
export async function loadAssignedUser(wire: TextUsConversationWire, ctx: Context): Promise<TextUsUser | null> {
  if (!wire.assignments) return null;
  const io = ioOf(ctx);
  const page = parseAssignments((await io.get(io.resolve(wire.assignments))).body);
  const first = page.members[0];
  if (first === undefined) return null;
  return typeof first === 'string' ? fetchUser(io, first) : mapUser(first);
}

/** `requestingUserInfo`: embedded in list results, one request behind the link of a GET. */
export async function loadUserInfo(wire: TextUsConversationWire, ctx: Context): Promise<TextUsUserInfo | null> {
  const ref = wire.requestingUserInfo;
  if (ref == null) return null;
  if (typeof ref !== 'string') return userInfoOf(ref);
  const io = ioOf(ctx);
  return userInfoOf(parseUserInfo((await io.get(io.resolve(ref))).body));
}
