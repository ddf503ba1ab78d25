import type { LinkIO } from '../../../kit/link-io';
import { walkPages } from '../../../kit/paging/walk';
import type { Participant } from '../../../schema/participant.interface';
import type { TextUsAssignmentCollection } from '../graphql/assignment.type';
import type { EmbeddedOrLink, TextUsLinks, TextUsPeopleRef } from '../graphql/links';
import type { TextUsContact, TextUsContactCollection, TextUsUser, TextUsUserCollection } from '../graphql/participant.type';
import type { TextUsUserInfo } from '../graphql/parts.type';
import { TEXTUS } from '../identity';
import { assignmentsOf } from '../mapping/assignment.mapper';
import { mapContactCollection, mapUser, mapUserCollection } from '../mapping/participant.mapper';
import { userInfoOf } from '../mapping/parts.mapper';
import { parseAssignments, parseContactCollection, parseUser, parseUserCollection, parseUserInfo } from '../wire/people.wire';
import { checkAnswered } from './answered';
import { textUsPaths } from './paths';

interface Page<M> {
  members: M[];
  view: { next: string | null } | null;
}

/** A user behind a link (`sender`, event `user`): one request unless the user was embedded earlier. */
export async function fetchUser(io: LinkIO, link: string): Promise<TextUsUser> {
  const response = await io.get(io.resolve(link));
  const read = parseUser(response.body);
  if (link.startsWith('/users/')) checkAnswered(link, read.wire.id, read.raw, 'user');
  return mapUser(read);
}

/** The first page of a collection: embedded (free) or behind a link (one request). */
async function firstPage<P>(io: LinkIO, ref: EmbeddedOrLink<P>, parse: (body: unknown) => P): Promise<P> {
  return typeof ref === 'string' ? parse((await io.get(io.resolve(ref))).body) : ref;
}

/** Every member of a collection: the first page, then its `view.next` chain (bounded by walkPages). */
async function everyMember<M>(io: LinkIO, ref: EmbeddedOrLink<Page<M>>, parse: (body: unknown) => Page<M>): Promise<M[]> {
  const head = await firstPage(io, ref, parse);
  const next = head.view?.next ?? null;
  if (next === null) return head.members;
  const rest = await walkPages(io, TEXTUS.slug, next, (response) => {
    const page = parse(response.body);
    return { items: page.members, next: page.view?.next ?? null };
  });
  return [...head.members, ...rest.items];
}

const parseContacts = (body: unknown): TextUsContactCollection => {
  const { wire, defects } = parseContactCollection(body);
  return mapContactCollection(wire, defects);
};
const parseUsers = (body: unknown): TextUsUserCollection => {
  const { wire, defects } = parseUserCollection(body);
  return mapUserCollection(wire, defects);
};
const contactsOf = (people: TextUsPeopleRef): EmbeddedOrLink<TextUsContactCollection> =>
  people.contacts ?? textUsPaths.associatedContacts(people.conversationKey);
const usersOf = (people: TextUsPeopleRef): EmbeddedOrLink<TextUsUserCollection> =>
  people.users ?? textUsPaths.participants(people.conversationKey);

/** `associatedContacts` as a collection: embedded in a GET, a link in list results. */
export function contacts(people: TextUsPeopleRef, io: LinkIO): Promise<TextUsContactCollection> {
  return firstPage(io, contactsOf(people), parseContacts);
}

/** `participants` as TextUs sends it: the users who wrote to the contact. */
export function users(people: TextUsPeopleRef, io: LinkIO): Promise<TextUsUserCollection> {
  return firstPage(io, usersOf(people), parseUsers);
}

/** Contacts first (the customer side), then users; each person once, by JSON-LD id. */
export async function everyone(people: TextUsPeopleRef, io: LinkIO): Promise<Participant[]> {
  const [contactList, userList] = await Promise.all([
    everyMember<TextUsContact>(io, contactsOf(people), parseContacts),
    everyMember<TextUsUser>(io, usersOf(people), parseUsers),
  ]);
  const seen = new Set<string>();
  return [...contactList, ...userList].filter((person) => {
    if (seen.has(person.jsonLd.path)) return false;
    seen.add(person.jsonLd.path);
    return true;
  });
}

/** `assignments`: as embedded, or read behind its link (one request). */
export async function assignments(ref: EmbeddedOrLink<TextUsAssignmentCollection>, io: LinkIO, links: TextUsLinks): Promise<TextUsAssignmentCollection> {
  if (typeof ref !== 'string') return ref;
  const { wire, defects } = parseAssignments((await io.get(io.resolve(ref))).body);
  return assignmentsOf(wire, defects, links);
}

/** `requestingUserInfo`: embedded in list results, one request behind the link of a GET. */
export async function userInfo(ref: EmbeddedOrLink<TextUsUserInfo> | null, io: LinkIO): Promise<TextUsUserInfo | null> {
  if (ref === null || typeof ref !== 'string') return ref;
  const read = parseUserInfo((await io.get(io.resolve(ref))).body);
  return userInfoOf(read, read.defects);
}
