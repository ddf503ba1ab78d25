import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitLocalUpdate } from 'relay-runtime';
import { createParleyRelayEnvironment } from '../../docs/clients/relay/environment';
import { lookupConversation, readConversation, refetchHelpScout } from '../../docs/clients/relay/conversation';
import { FOREIGN_LINK_ID, SEED_ID } from '../../src/providers/helpscout/simulator/seed';
import { startHarness, type Harness } from '../support/harness';

// What babel-plugin-relay (or the SWC/Vite Relay plugins) does when an app is built: each
// graphql`…` tag becomes the artifact relay-compiler generated for it. The operations and
// fragments are the compiler's own output (docs/clients/relay/__generated__), not hand-written.
jest.mock('relay-runtime', () => {
  const actual = jest.requireActual<Record<string, unknown>>('relay-runtime');
  const graphql = (text: TemplateStringsArray): unknown => {
    const name = /(?:query|fragment)\s+(\w+)/.exec(text.join(''))?.[1] ?? '';
    return jest.requireActual(`../../docs/clients/relay/__generated__/${name}.graphql`);
  };
  return { ...actual, graphql };
});

const CLIENTS = join(__dirname, '..', '..', 'docs', 'clients');
const RELAY_COMPILER = join(__dirname, '..', '..', 'node_modules', '.bin', 'relay-compiler');

/** Runs relay-compiler in `cwd` (its config resolves paths from there). */
const compile = (cwd: string, ...args: string[]) => spawnSync(RELAY_COMPILER, [...args, '--output', 'quiet-with-errors', 'relay.config.json'], { cwd, encoding: 'utf8' });

describe('Relay (relay-runtime with relay-compiler artifacts) over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('reads a Help Scout conversation through the union: its aliased fragment is set, the TextUs one is null', async () => {
    const view = await readConversation(createParleyRelayEnvironment(h.url.href), `helpscout:${SEED_ID}`);
    expect(view).toEqual({
      typename: 'HelpScoutConversation',
      helpScout: {
        id: 'helpscout:123', subject: 'Help',
        customFields: [
          { id: 'helpscout:123#customField/8', name: 'Account Type', text: 'Free' },
          { id: 'helpscout:123#customField/6688', name: 'Account Status', text: 'Trial' },
        ],
      },
      textUs: null,
    });
  });

  it('reads a TextUs conversation through the same query: only its own aliased fragment is set', async () => {
    const view = await readConversation(createParleyRelayEnvironment(h.url.href), 'textus:kY1QwY');
    expect(view).toEqual({ typename: 'TextUsConversation', helpScout: null, textUs: { id: 'textus:kY1QwY', phoneNumber: '+13035551234', currentState: 'open' } });
  });

  it("keeps two conversations' values of one custom field definition apart in Relay's store, keyed by id alone", async () => {
    const environment = createParleyRelayEnvironment(h.url.href);
    await readConversation(environment, `helpscout:${SEED_ID}`);
    await readConversation(environment, `helpscout:${FOREIGN_LINK_ID}`);
    expect(lookupConversation(environment, `helpscout:${SEED_ID}`).helpScout?.customFields?.[0]?.text).toBe('Free');
    expect(lookupConversation(environment, `helpscout:${FOREIGN_LINK_ID}`).helpScout?.customFields?.[0]?.text).toBe('Gold');
  });

  it('refetches a conversation through node(id:) with the refetch query Relay generated', async () => {
    const environment = createParleyRelayEnvironment(h.url.href);
    await readConversation(environment, `helpscout:${SEED_ID}`);
    commitLocalUpdate(environment, (store) => store.get(`helpscout:${SEED_ID}`)?.setValue('edited locally', 'subject'));
    const sent = jest.spyOn(globalThis, 'fetch');
    try {
      const refetched = await refetchHelpScout(environment, `helpscout:${SEED_ID}`);
      expect(refetched).toMatchObject({ id: 'helpscout:123', subject: 'Help' });
      const init = sent.mock.calls[0]?.[1];
      const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as { query?: string; variables?: unknown };
      expect(body.query).toContain('query conversationHelpScoutRefetchQuery(\n  $id: ID!\n) {\n  node(id: $id) {');
      expect(body.variables).toEqual({ id: 'helpscout:123' });
    } finally {
      sent.mockRestore();
    }
  });

  describe('relay-compiler', () => {
    it('finds the committed artifacts up to date with the operations and schema/schema.graphql', () => {
      const run = compile(CLIENTS, '--validate');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });

    it('refuses a provider fragment spread into the Conversation union without @alias', () => {
      const copy = mkdtempSync(join(tmpdir(), 'parley-relay-'));
      try {
        cpSync(join(CLIENTS, 'relay'), join(copy, 'relay'), { recursive: true });
        writeFileSync(join(copy, 'schema.graphql'), readFileSync(join(CLIENTS, '..', '..', 'schema', 'schema.graphql')));
        const config = readFileSync(join(CLIENTS, 'relay.config.json'), 'utf8').replace('../../schema/schema.graphql', './schema.graphql');
        writeFileSync(join(copy, 'relay.config.json'), config);
        const source = join(copy, 'relay', 'conversation.ts');
        writeFileSync(source, readFileSync(source, 'utf8').replace(' @alias(as: "helpScout")', ''));
        const run = compile(copy, '--validate');
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain(
          'Expected `@alias` directive. `conversation_helpScout` is defined on `HelpScoutConversation` which might not match this selection type of `Conversation`.',
        );
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    });
  });
});
