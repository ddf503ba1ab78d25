import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import * as zod from 'zod';
import { MUTATION_KINDS, mutate } from '../../test/support/mutation';
import * as layer from '../../test/fixtures/layer/layer.seed.fixture';
import * as bird from '../providers/bird/simulator/seed';
import * as hs from '../providers/helpscout/simulator/seed';
import * as mp from '../providers/mailperformance/simulator/seed';
import * as textus from '../providers/textus/simulator/seed';
import * as birdConversation from '../providers/bird/wire/conversation.wire';
import * as birdMessage from '../providers/bird/wire/message.wire';
import * as hsConversation from '../providers/helpscout/wire/conversation.wire';
import * as hsMailbox from '../providers/helpscout/wire/mailbox.wire';
import * as hsPerson from '../providers/helpscout/wire/person.wire';
import * as hsThread from '../providers/helpscout/wire/thread.wire';
import * as layerConversation from '../providers/layer/wire/conversation.wire';
import * as layerIdentity from '../providers/layer/wire/identity.wire';
import * as mpAction from '../providers/mailperformance/wire/action.wire';
import * as mpMessage from '../providers/mailperformance/wire/message.wire';
import * as mpTarget from '../providers/mailperformance/wire/target.wire';
import * as textusConversation from '../providers/textus/wire/conversation.wire';
import * as textusPeople from '../providers/textus/wire/people.wire';
import { compiled } from './compiled';
import type { JsonValue } from './json';

// The readers as they are now (compiled fast path), by name.
const NEW = {
  hsConversation: hsConversation.readConversation,
  hsThread: hsThread.readThreadItem,
  hsCustomer: hsPerson.readCustomer,
  hsUser: hsPerson.readUser,
  hsMailbox: hsMailbox.readMailbox,
  birdConversation: birdConversation.parseConversation,
  birdMessage: birdMessage.parseMessage,
  textusConversation: textusConversation.parseConversation,
  textusUserInfo: textusPeople.parseUserInfo,
  layerConversation: layerConversation.parseLayerConversation,
  layerIdentity: layerIdentity.parseLayerIdentity,
  mpMessage: mpMessage.readMessage,
  mpTarget: mpTarget.readTarget,
  mpAction: mpAction.readAction,
};
type Readers = typeof NEW;

/**
 * The readers as they were before: the same modules loaded again with `compiled` as the
 * identity, so every parse runs on zod's interpreter (the old path, kept here only).
 */
function interpreted(): Readers {
  let readers: Readers | undefined;
  jest.isolateModules(() => {
    // One zod for both registries, so both sides share zod's global configuration.
    jest.doMock('zod', () => zod);
    jest.doMock('./compiled', () => ({ compiled: <S>(schema: S): S => schema }));
    /* eslint-disable @typescript-eslint/no-require-imports -- a second module registry can only be loaded with require */
    readers = {
      hsConversation: require('../providers/helpscout/wire/conversation.wire').readConversation,
      hsThread: require('../providers/helpscout/wire/thread.wire').readThreadItem,
      hsCustomer: require('../providers/helpscout/wire/person.wire').readCustomer,
      hsUser: require('../providers/helpscout/wire/person.wire').readUser,
      hsMailbox: require('../providers/helpscout/wire/mailbox.wire').readMailbox,
      birdConversation: require('../providers/bird/wire/conversation.wire').parseConversation,
      birdMessage: require('../providers/bird/wire/message.wire').parseMessage,
      textusConversation: require('../providers/textus/wire/conversation.wire').parseConversation,
      textusUserInfo: require('../providers/textus/wire/people.wire').parseUserInfo,
      layerConversation: require('../providers/layer/wire/conversation.wire').parseLayerConversation,
      layerIdentity: require('../providers/layer/wire/identity.wire').parseLayerIdentity,
      mpMessage: require('../providers/mailperformance/wire/message.wire').readMessage,
      mpTarget: require('../providers/mailperformance/wire/target.wire').readTarget,
      mpAction: require('../providers/mailperformance/wire/action.wire').readAction,
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
  if (!readers) throw new Error('the interpreted readers did not load');
  return readers;
}

const OLD = interpreted();

/** What a read gives: the parsed wire, the raw body and every defect; an unreadable item's fields; or the error thrown. */
type Outcome = { wire: unknown; raw: unknown; defects: string } | { unreadable: unknown } | { error: string; code: unknown };

function outcome(read: () => unknown): Outcome {
  try {
    const value = read() as { wire?: unknown; raw: unknown; defects?: unknown };
    if (!('wire' in value)) return { unreadable: { ...value } };
    return { wire: value.wire, raw: value.raw, defects: JSON.stringify(value.defects) };
  } catch (error) {
    const extensions = (error as { extensions?: { code?: unknown } }).extensions;
    return { error: (error as Error).message, code: extensions?.code };
  }
}

interface Case {
  name: string;
  read: keyof Readers;
  seeds: () => JsonValue[];
}


const CASES: Case[] = [
  { name: 'Help Scout conversation', read: 'hsConversation', seeds: () => [hs.seedConversation(), hs.documentedConversation(), hs.foreignLinkConversation()] },
  { name: 'Help Scout thread', read: 'hsThread', seeds: () => [...hs.seedThreads(), hs.DOCUMENTED_LINE_ITEM] },
  { name: 'Help Scout customer', read: 'hsCustomer', seeds: () => [...hs.SEED_CUSTOMERS.values()] },
  { name: 'Help Scout user', read: 'hsUser', seeds: () => [...hs.SEED_USERS.values()] },
  { name: 'Help Scout mailbox', read: 'hsMailbox', seeds: () => [hs.SEED_MAILBOX] },
  { name: 'Bird conversation', read: 'birdConversation', seeds: () => [bird.seedConversation, bird.otherConversation] },
  { name: 'Bird message', read: 'birdMessage', seeds: () => [...bird.seedMessages, ...bird.otherMessages] },
  { name: 'TextUs conversation', read: 'textusConversation', seeds: () => [textus.seedConversation()] },
  { name: 'TextUs user info', read: 'textusUserInfo', seeds: () => [textus.SEED_USER_INFO, textus.SEED_SENDER] },
  { name: 'Layer conversation', read: 'layerConversation', seeds: () => [layer.SEED_USER_BODY, layer.SEED_SYSTEM_BODY] },
  { name: 'Layer identity', read: 'layerIdentity', seeds: () => [layer.IDENTITY_BODY] },
  { name: 'MailPerformance message', read: 'mpMessage', seeds: () => [mp.SEED_MESSAGE] },
  { name: 'MailPerformance target', read: 'mpTarget', seeds: () => [mp.SEED_TARGET] },
  { name: 'MailPerformance action', read: 'mpAction', seeds: () => [mp.SEED_ACTION] },
];

const RUNS = Number(process.env['PARLEY_TOLERANCE_RUNS'] ?? 150);

describe('compiled schemas (zod fast path)', () => {
  it('returns the schema zod cannot compile unchanged and compiles each schema once', () => {
    const schema = zod.z.object({ id: zod.z.string() });
    expect(compiled(schema)).toBe(compiled(schema));
    expect(compiled(schema)).not.toBe(schema);
    const lazy: zod.z.ZodType = zod.z.lazy(() => zod.z.object({ next: lazy.nullish() }));
    expect(compiled(lazy)).toBe(lazy);
  });

  it('compiles every schema the provider wire modules export, so none is left on the interpreter', () => {
    const modules = [birdConversation, birdMessage, hsConversation, hsMailbox, hsPerson, hsThread, layerConversation, layerIdentity, mpAction, mpMessage, mpTarget, textusConversation, textusPeople];
    const schemas = modules.flatMap((module) => Object.values(module).filter((value): value is zod.z.ZodType => value instanceof zod.z.ZodType));
    expect(schemas.length).toBeGreaterThan(10);
    for (const schema of schemas) expect(() => zod.z.compile(schema, { strict: true })).not.toThrow();
  });

  it.each(CASES)('reads every mutation of the $name seeds exactly as the interpreter did: same wire, raw and defects, or the same error', ({ read, seeds }) => {
    const before: (body: unknown) => unknown = OLD[read];
    const after: (body: unknown) => unknown = NEW[read];
    const bodies = seeds();
    const mutated = fc.record({
      seed: fc.nat({ max: bodies.length - 1 }),
      mutations: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom(...MUTATION_KINDS), seed: fc.nat() }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(mutated, ({ seed, mutations }) => {
        // No identity is protected: a payload the reader refuses must be refused the same way.
        const body = mutate(bodies[seed] as JsonValue, mutations, []);
        const old = outcome(() => before(body));
        const now = outcome(() => after(body));
        return isDeepStrictEqual(now, old) && (!('raw' in now) || now.raw === body);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(CASES)('reads arbitrary JSON given as the $name exactly as the interpreter did', ({ read }) => {
    const before: (body: unknown) => unknown = OLD[read];
    const after: (body: unknown) => unknown = NEW[read];
    fc.assert(
      fc.property(fc.jsonValue(), (body) => isDeepStrictEqual(outcome(() => after(body)), outcome(() => before(body)))),
      { numRuns: RUNS },
    );
  });
});
