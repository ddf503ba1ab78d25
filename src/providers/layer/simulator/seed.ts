// The simulated Layer app's demo data: the one place tests and the benchmark take ids and the
// credential from. The two seed conversations are the seed document's examples; in the seed
// they belong to two apps, here both live in the one simulated app.

export const SIM_APP_ID = '24f43c32-4d95-11e4-b3a2-0fd00000020d';
/** The perspective user the simulated environment configures (LAYER_USER_ID). */
export const SIM_USER_ID = '1234567';
/** The simulator's bearer token. */
export const SIM_TOKEN = 'layer-simulated-platform-token';

/** Seed conversation the simulated user is not in: read in the system perspective after a 404. */
export const SEED_SYSTEM_ID = 'f3cc7b32-3c92-11e4-baad-164230d1df67';
/** Seed conversation the simulated user is in (3 messages, its `last_message` as in the seed). */
export const SEED_USER_ID = '90a3dd7e-59f2-4369-a522-a3e4f767af10';
/** The seed user conversation's messages, oldest first; the last one is the seed's `last_message`. */
export const SEED_USER_MESSAGE_IDS = [
  '62a1469a-4257-4515-a3e9-3f816dd0e3c5', '62a1469b-4257-4515-a3e9-3f816dd0e3c5', '62a1469c-4257-4515-a3e9-3f816dd0e3c5',
] as const;

/** A conversation of LONG_MESSAGE_COUNT messages, "Message k of 250", for paging. */
export const LONG_ID = '25000000-0000-4000-a000-000000000250';
export const LONG_MESSAGE_COUNT = 250;
/** Id of the k-th (1-based, oldest first) message of the long conversation. */
export const longMessageId = (k: number): string => `25000000-0000-4000-b000-${String(k).padStart(12, '0')}`;

/** Answers 410 Gone. */
export const DELETED_ID = 'deadbeef-0000-4000-a000-000000000410';
/** Its `messages_url` is on a foreign origin. */
export const FOREIGN_LINK_ID = 'e7110000-0000-4000-a000-00000000e711';

/** Generated conversations of the simulated user, on top of the seed user and long ones. */
export const GENERATED_COUNT = 200;
/** Conversations the simulated user's list holds: the generated ones, the seed user one and the long one. */
export const LISTED_COUNT = GENERATED_COUNT + 2;
