import { build } from '../../../kit/build';
import { type Defects, Unreadable } from '../../../kit/defects';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import { readItem } from '../../../kit/tolerant';
import { TextUsAssignment, TextUsAssignmentCollection } from '../graphql/assignment.type';
import type { Listed, TextUsLinks } from '../graphql/links';
import type { TextUsUser } from '../graphql/participant.type';
import { TEXTUS } from '../identity';
import { type TextUsAssignmentsWire, zAssignment, zUser } from '../wire/people.wire';
import { itemError } from './message.mapper';
import { LD_SOURCES, jsonLdOf, viewOf } from './parts.mapper';
import { mapUser } from './participant.mapper';

const options = (what: string) => ({ provider: TEXTUS.slug, what, identity: ['id'] });

const ASSIGNMENT_SOURCES = { ...LD_SOURCES, assigneePath: ['assignee'], assignerPath: ['assigner'] };

/** An embedded User, or the error of one whose id cannot be read. */
function userOf(body: JsonObject, what: string): TextUsUser | Error {
  const read = readItem(zUser, body, options(what));
  return read instanceof Unreadable ? itemError(read) : mapUser(read);
}

const isUser = (body: JsonObject): boolean =>
  body['@type'] === 'User' || (typeof body['id'] === 'string' && body['id'].startsWith('/users/'));

/** A member that is a User or a user link: an assignment without an assignment object. */
const bare = (assigneePath: string, assigneeRef: string | TextUsUser, links: TextUsLinks): TextUsAssignment =>
  build(TextUsAssignment, { jsonLd: null, assigneePath, assignerPath: null, raw: null, assigneeRef, links });

/**
 * One member of `assignments`: a ConversationAssignment (documented), or a User or user link
 * (older answers), all as a TextUsAssignment; an unreadable one is its error.
 */
function memberOf(member: string | JsonObject, links: TextUsLinks): Listed<TextUsAssignment> {
  if (typeof member === 'string') return bare(member, member, links);
  if (isUser(member)) {
    const user = userOf(member, 'assignments.member');
    return user instanceof Error ? user : bare(user.jsonLd.path, user, links);
  }
  const read = readItem(zAssignment, member, options('assignment'));
  if (read instanceof Unreadable) return itemError(read);
  const { wire, raw, defects } = read;
  const assignee = wire.assignee;
  const assigneeRef = isJsonObject(assignee) ? userOf(assignee, 'assignment.assignee') : (assignee ?? null);
  const assigneePath = typeof assignee === 'string' ? assignee : isJsonObject(assignee) && typeof assignee['id'] === 'string' ? assignee['id'] : null;
  const assigner = wire.assigner;
  return build(TextUsAssignment, {
    jsonLd: jsonLdOf(wire),
    assigneePath,
    assignerPath: assigner == null ? null : typeof assigner === 'string' ? assigner : assigner.id,
    raw,
    assigneeRef,
    links,
  }, defects.forFields(ASSIGNMENT_SOURCES));
}

/** `assignments` as a collection, embedded in the conversation or behind its link. */
export function assignmentsOf(wire: TextUsAssignmentsWire, defects: Defects, links: TextUsLinks): TextUsAssignmentCollection {
  return build(TextUsAssignmentCollection, {
    jsonLd: jsonLdOf(wire),
    totalItems: wire.totalItems ?? null,
    members: (wire.members ?? []).map((member) => memberOf(member, links)),
    view: viewOf(wire.view, defects.under('view')),
  }, defects.forFields(LD_SOURCES, ['view']));
}
