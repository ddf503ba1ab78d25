import { z } from 'zod';
import { type Tolerant, readTolerant } from '../../../kit/tolerant';
import { keepRaw, zDateTime, zJsonObject } from '../../../kit/wire';
import { TEXTUS } from '../identity';
import { ldShape, linkOr, zCollection, zIdPath, zLink, zOptionalBoolean, zOptionalLink, zOptionalString } from './ld.wire';

const PROVIDER = TEXTUS.slug;

/** `GET /users/:user` and the members of a conversation's `participants`. */
export const zUser = z.object({
  ...ldShape,
  id: zIdPath('users'),
  name: zOptionalString,
  firstName: zOptionalString,
  lastName: zOptionalString,
  email: zOptionalString,
  avatar: zOptionalString,
  automatedActor: zOptionalBoolean,
  hasPassword: zOptionalBoolean,
  discarded: zOptionalBoolean,
  settings: z.object({ customSettings: zJsonObject.nullish() }).nullish(),
  memberships: zOptionalLink,
});
export type TextUsUserWire = z.infer<typeof zUser>;

export const zContactPhone = z.object({
  ...ldShape,
  id: zLink,
  phoneNumber: zOptionalString,
  formattedPhoneNumber: zOptionalString,
  extension: zOptionalString,
  type: zOptionalString,
  deliverabilityStatus: zOptionalString,
  contact: zOptionalLink,
});
export type TextUsContactPhoneWire = z.infer<typeof zContactPhone>;

/** `GET /contacts/:contact` and the members of a conversation's `associatedContacts`. */
export const zContact = z.object({
  ...ldShape,
  id: zIdPath('contacts'),
  name: zOptionalString,
  firstName: zOptionalString,
  lastName: zOptionalString,
  phones: zCollection(zContactPhone).nullish(),
  // Notes embed a User each [D]; their exact shape is not documented, so they stay free-form.
  notes: zCollection(zJsonObject).nullish(),
  conversations: zOptionalLink,
  data: zJsonObject.nullish(),
  createdAt: zDateTime.nullish(),
  formattedData: zJsonObject.nullish(),
});
export type TextUsContactWire = z.infer<typeof zContact>;

export const zRawUser = keepRaw(zUser);
export const zRawContact = keepRaw(zContact);
export const zUserCollection = zCollection(zRawUser);
export const zContactCollection = zCollection(zRawContact);
export type TextUsUserCollectionWire = z.infer<typeof zUserCollection>;
export type TextUsContactCollectionWire = z.infer<typeof zContactCollection>;

/**
 * A ConversationAssignment [issue 8, from the docs]: `assignee` is an embedded User (or its
 * link), `assigner` a link to the user who assigned.
 */
export const zAssignment = z.object({
  ...ldShape,
  id: zLink,
  assignee: linkOr(zJsonObject).nullish(),
  assigner: linkOr(z.object({ id: zLink })).nullish(),
});
export type TextUsAssignmentWire = z.infer<typeof zAssignment>;

/**
 * `assignments`: a link in the example [S], an embedded hydra collection in other answers, and
 * `GET` on the link answers the same collection. Members are ConversationAssignments; Users and
 * bare user links are read too. Each member is read when used (`assignee`), so one broken
 * member costs that field only.
 */
export const zAssignments = zCollection(linkOr(zJsonObject));
export type TextUsAssignmentsWire = z.infer<typeof zAssignments>;

/** `requestingUserInfo`: a link in the GET, embedded in list results [D]; fields per the list docs. */
export const zUserInfo = z.object({
  '@type': z.string().nullish(),
  read: zOptionalBoolean,
  readToTimelinePosition: zDateTime.nullish(),
  starred: zOptionalBoolean,
  assigned: zOptionalBoolean,
});
export type TextUsUserInfoWire = z.infer<typeof zUserInfo>;
export const zRawUserInfo = keepRaw(zUserInfo);

const ID = ['id'] as const;
const read = <S extends z.ZodType>(schema: S, what: string, identity: readonly string[] = ID) =>
  (body: unknown): Tolerant<z.output<S>> => readTolerant(schema, body, { provider: PROVIDER, what, identity });

export const parseUser = read(zUser, 'user');
export const parseContact = read(zContact, 'contact');
export const parseAssignment = read(zAssignment, 'assignment');
export const parseUserCollection = read(zUserCollection, 'user collection');
export const parseContactCollection = read(zContactCollection, 'contact collection');
export const parseAssignments = read(zAssignments, 'assignments');
export const parseUserInfo = read(zUserInfo, 'user info', []);
