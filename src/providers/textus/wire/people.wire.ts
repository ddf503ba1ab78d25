import { z } from 'zod';
import { type Parsed, keepRaw, parseWire, zDateTime, zJsonObject } from '../../../kit/wire';
import { TEXTUS } from '../identity';
import { ldShape, zCollection, zIdPath, zLink, zOptionalBoolean, zOptionalLink, zOptionalString } from './ld.wire';

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
  settings: z.object({ customSettings: zJsonObject.nullable().optional() }).nullable().optional(),
  memberships: zOptionalLink,
});
export type TextUsUserWire = z.infer<typeof zUser>;

export const zContactPhone = z.object({
  ...ldShape,
  id: zLink,
  phoneNumber: z.string(),
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
  phones: zCollection(zContactPhone).nullable().optional(),
  // Notes embed a User each [D]; their exact shape is not documented, so they stay free-form.
  notes: zCollection(zJsonObject).nullable().optional(),
  conversations: zOptionalLink,
  data: zJsonObject.nullable().optional(),
  createdAt: zDateTime.nullable().optional(),
  formattedData: zJsonObject.nullable().optional(),
});
export type TextUsContactWire = z.infer<typeof zContact>;

export const zRawUser = keepRaw(zUser);
export const zRawContact = keepRaw(zContact);
export const zUserCollection = zCollection(zRawUser);
export const zContactCollection = zCollection(zRawContact);
export type TextUsUserCollectionWire = z.infer<typeof zUserCollection>;
export type TextUsContactCollectionWire = z.infer<typeof zContactCollection>;

/**
 * `GET /conversations/:slug/assignments` (the link is in the payload; the body is not documented):
 * a hydra collection whose members are assigned Users, embedded or as links.
 */
export const zAssignments = zCollection(z.union([zLink, zRawUser]));

/** `requestingUserInfo`: a link in the GET, embedded in list results [D]; fields per the list docs. */
export const zUserInfo = z.object({
  '@type': z.string().optional(),
  read: zOptionalBoolean,
  readToTimelinePosition: zDateTime.nullable().optional(),
  starred: zOptionalBoolean,
  assigned: zOptionalBoolean,
});
export type TextUsUserInfoWire = z.infer<typeof zUserInfo>;
export const zRawUserInfo = keepRaw(zUserInfo);

export const parseUser = (body: unknown): Parsed<TextUsUserWire> => parseWire(zRawUser, body, PROVIDER, 'user');
export const parseContact = (body: unknown): Parsed<TextUsContactWire> => parseWire(zRawContact, body, PROVIDER, 'contact');
export const parseUserCollection = (body: unknown): TextUsUserCollectionWire =>
  parseWire(zUserCollection, body, PROVIDER, 'user collection');
export const parseContactCollection = (body: unknown): TextUsContactCollectionWire =>
  parseWire(zContactCollection, body, PROVIDER, 'contact collection');
export const parseAssignments = (body: unknown): z.infer<typeof zAssignments> =>
  parseWire(zAssignments, body, PROVIDER, 'assignments');
export const parseUserInfo = (body: unknown): Parsed<TextUsUserInfoWire> => parseWire(zRawUserInfo, body, PROVIDER, 'user info');
