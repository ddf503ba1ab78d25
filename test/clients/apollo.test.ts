/**
 * Apollo Client 4 prints its cache warnings only in development builds, which bundlers select
 * with the `development` export condition: this file resolves packages the same way.
 * @jest-environment-options {"customExportConditions": ["node", "node-addons", "development"]}
 */
import { ApolloClient, CombinedGraphQLErrors, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { createParleyApolloClient, CONVERSATIONS, loadMoreMessages, MESSAGES, readConversations } from '../../docs/clients/apollo';
import possibleTypes from '../../schema/possible-types.json';
import { SEED_CONVERSATION_ID } from '../../src/providers/bird/simulator/seed';
import { FOREIGN_LINK_ID, LONG_ID, SEED_ID } from '../../src/providers/helpscout/simulator/seed';
import { startHarness, type Harness } from '../support/harness';
import { consoleWarnings } from './warnings';

// Apollo Client's warnings name their cause only with its development messages loaded.
loadDevMessages();
loadErrorMessages();

/** A cache with no type policies: what a front-end gets before reading docs/clients.md. */
const plainClient = (h: Harness): ApolloClient => new ApolloClient({ link: new HttpLink({ uri: h.url.href }), cache: new InMemoryCache({ possibleTypes }) });

const CUSTOM_FIELDS = gql`
  query CustomFields($id: ID!) {
    conversation(id: $id) { ... on HelpScoutConversation { id customFields { id name text } } }
  }
`;
type CustomFieldsData = { conversation: { id: string; customFields: { id: string; name: string; text: string }[] } };

describe('Apollo Client InMemoryCache over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it("keeps each Help Scout conversation's own value of a custom field definition both conversations use", async () => {
    const client = plainClient(h);
    await client.query<CustomFieldsData>({ query: CUSTOM_FIELDS, variables: { id: `helpscout:${SEED_ID}` } });
    await client.query<CustomFieldsData>({ query: CUSTOM_FIELDS, variables: { id: `helpscout:${FOREIGN_LINK_ID}` } });
    const text = (id: string) => client.readQuery<CustomFieldsData>({ query: CUSTOM_FIELDS, variables: { id } })?.conversation.customFields[0]?.text;
    expect(text(`helpscout:${SEED_ID}`)).toBe('Free');
    expect(text(`helpscout:${FOREIGN_LINK_ID}`)).toBe('Gold');
  });

  it("keeps each Help Scout customer's own contact entries when their entry ids coincide", async () => {
    const client = plainClient(h);
    const PROFILE = gql`
      query Profile($id: ID!) { node(id: $id) { id ... on HelpScoutCustomer { profile { emails { id value } } } } }
    `;
    type ProfileData = { node: { profile: { emails: { id: string; value: string }[] } } };
    // Rob's e-mail entry and the first generated customer's both have Help Scout entry id 1.
    const rob = await client.query<ProfileData>({ query: PROFILE, variables: { id: 'helpscout:customer:238604' } });
    const ada = await client.query<ProfileData>({ query: PROFILE, variables: { id: 'helpscout:customer:5001' } });
    const emails = (id: string) => client.readQuery<ProfileData>({ query: PROFILE, variables: { id } })?.node.profile.emails.map((e) => e.value);
    expect(rob.data?.node.profile.emails.map((e) => e.value)).toEqual(['rob@acme.com']);
    expect(ada.data?.node.profile.emails.map((e) => e.value)).toEqual(['ada.novak0@example.com']);
    expect(emails('helpscout:customer:238604')).toEqual(['rob@acme.com']);
    expect(emails('helpscout:customer:5001')).toEqual(['ada.novak0@example.com']);
  });

  it('prints no "Cache data may be lost" warning when a provider, a Bird channel or a TextUs timeline is read with two selections', async () => {
    const client = plainClient(h);
    const bird = `bird:${SEED_CONVERSATION_ID}`;
    const reads = [
      gql`{ provider(name: HELP_SCOUT) { id name mode } }`,
      gql`{ provider(name: HELP_SCOUT) { id title canList } }`,
      gql`{ providers { id slug } }`,
      gql`query BirdChannelName($id: ID!) { conversation(id: $id) { ... on BirdConversation { id channelInfo { id name } } } }`,
      gql`query BirdChannelStatus($id: ID!) { conversation(id: $id) { ... on BirdConversation { id channelInfo { id status platformId } } } }`,
      gql`{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation { id timeline { id totalItems } } } }`,
      gql`{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation { id timeline { id latestPosition } } } }`,
    ];
    const warnings = await consoleWarnings(async () => {
      for (const query of reads) await client.query({ query, variables: { id: bird }, fetchPolicy: 'network-only' });
    });
    expect(warnings).toEqual([]);
    const cached = client.readQuery<{ provider: { mode: string; canList: boolean } }>({ query: gql`{ provider(name: HELP_SCOUT) { id mode canList } }` });
    expect(cached?.provider).toMatchObject({ mode: 'SIMULATED', canList: true });
  });

  it('warns "Cache data may be lost" for a value object read with two selections unless the value-object type policies of the guide are set', async () => {
    const first = gql`{ conversation(id: "helpscout:123") { ... on HelpScoutConversation { id source { type } } } }`;
    const second = gql`{ conversation(id: "helpscout:123") { ... on HelpScoutConversation { id source { via } } } }`;
    const readBoth = (client: ApolloClient) => consoleWarnings(async () => {
      await client.query({ query: first });
      await client.query({ query: second });
    });
    const plain = await readBoth(plainClient(h));
    expect(plain).toEqual([expect.stringContaining('Cache data may be lost when replacing the source field of a HelpScoutConversation object.')]);
    expect(plain[0]).toContain('either ensure all objects of type HelpScoutSource have an ID or a custom merge function');
    const guided = createParleyApolloClient(h.url.href);
    expect(await readBoth(guided)).toEqual([]);
    const merged = guided.readQuery<{ conversation: { source: unknown } }>({
      query: gql`{ conversation(id: "helpscout:123") { ... on HelpScoutConversation { id source { type via } } } }`,
    });
    expect(merged?.conversation.source).toEqual({ __typename: 'HelpScoutSource', type: 'email', via: 'customer' });
  });

  describe("errorPolicy: 'all' for conversations(ids:)", () => {
    const ids = [`helpscout:${SEED_ID}`, 'helpscout:999999', 'textus:kY1QwY'];

    it('keeps the good conversations next to one unknown id, with its NOT_FOUND error at its index', async () => {
      const { conversations, error } = await readConversations(createParleyApolloClient(h.url.href), ids);
      expect(conversations.map((c) => c?.id ?? null)).toEqual([`helpscout:${SEED_ID}`, null, 'textus:kY1QwY']);
      expect(CombinedGraphQLErrors.is(error) && error.errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.['code'] }))).toEqual([
        { message: 'helpscout has no such resource (HTTP 404)', path: ['conversations', 1], code: 'NOT_FOUND' },
      ]);
    });

    it('throws away the good conversations with the default errorPolicy', async () => {
      const client = createParleyApolloClient(h.url.href);
      const read = client.query({ query: CONVERSATIONS, variables: { ids } });
      await expect(read).rejects.toThrow(CombinedGraphQLErrors);
      await expect(read).rejects.toThrow('helpscout has no such resource (HTTP 404)');
    });
  });

  describe('relayStylePagination for messages', () => {
    const variables = { id: `helpscout:${LONG_ID}` };
    const threadIds = (count: number) => Array.from({ length: count }, (_, i) => `helpscout:thread:${LONG_ID}/${LONG_ID * 1000 + i + 1}`);

    /** Watches the first page as a component would, loads one more page, and reads the cached list back. */
    async function twoPages(client: ApolloClient): Promise<(string | undefined)[] | undefined> {
      const watched = client.watchQuery({ query: MESSAGES, variables });
      const loaded = new Promise<void>((resolve) => {
        const subscription = watched.subscribe((result) => {
          if (result.dataState !== 'complete') return;
          resolve();
          subscription.unsubscribe();
        });
      });
      const kept = watched.subscribe(() => undefined);
      await loaded;
      await loadMoreMessages(watched);
      kept.unsubscribe();
      return client.readQuery({ query: MESSAGES, variables })?.conversation?.messages?.edges.map((edge) => edge.node?.id);
    }

    it('appends the next page of a conversation to the same list, oldest first', async () => {
      expect(await twoPages(createParleyApolloClient(h.url.href))).toEqual(threadIds(40));
    });

    it('keeps only the first page in the list without it (the next page lands in a separate cache field)', async () => {
      expect(await twoPages(plainClient(h))).toEqual(threadIds(20));
    });
  });
});
