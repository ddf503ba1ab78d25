import type { LinkIO } from '../../../kit/link-io';
import { walkPages } from '../../../kit/paging/walk';
import type { Participant } from '../../../schema/participant.interface';
import type { EmbeddedOrLink, TextUsPeopleRef } from '../graphql/links';
import type { TextUsContact, TextUsContactCollection, TextUsUser, TextUsUserCollection } from '../graphql/participant.type';
import type { TextUsUserInfo } from '../graphql/parts.type';
import { TEXTUS } from '../identity';
import { mapContactCollection, mapUser, mapUserCollection } from '../mapping/participant.mapper';
import { userInfoOf } from '../mapping/parts.mapper';
import { parseAssignments, parseContactCollection, parseUser, parseUserCollection, parseUserInfo } from '../wire/people.wire';
import { textUsPaths } from './paths';

interface Page<M> {
  members: M[];
  view: { next: string | null } | null;
}

/** A user behind a link (`sender`, event `user`): one request unless the user was embedded earlier. */
export async function fetchUser(io: LinkIO, link: string): Promise<TextUsUser> {
  const response = await io.get(io.resolve(link));
  return mapUser(parseUser(response.body));
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

const parseContacts = (body: unknown): TextUsContactCollection => mapContactCollection(parseContactCollection(body));
const parseUsers = (body: unknown): TextUsUserCollection => mapUserCollection(parseUserCollection(body));
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
    if (seen.has(person.jsonLd.id)) return false;
    seen.add(person.jsonLd.id);
    return true;
  });
}

/** The first assigned user, read from the `assignments` link (one request); null without the link. */
export async function assignee(assignmentsPath: string | null, io: LinkIO): Promise<TextUsUser | null> {
  if (!assignmentsPath) return null;
  const page = parseAssignments((await io.get(io.resolve(assignmentsPath))).body);
  const first = page.members[0];
  if (first === undefined) return null;
  return typeof first === 'string' ? fetchUser(io, first) : mapUser(first);
}

/** `requestingUserInfo`: embedded in list results, one request behind the link of a GET. */
export async function userInfo(ref: EmbeddedOrLink<TextUsUserInfo> | null, io: LinkIO): Promise<TextUsUserInfo | null> {
  if (ref === null || typeof ref !== 'string') return ref;
  return userInfoOf(parseUserInfo((await io.get(io.resolve(ref))).body));
}
