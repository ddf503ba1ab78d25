import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, fetchExchange, gql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { createParleyUrqlClient, createParleyUrqlGetClient } from '../../docs/clients/urql';
import { FOREIGN_LINK_ID, SEED_ID } from '../../src/providers/helpscout/simulator/seed';
import { startHarness, type Harness } from '../support/harness';
import { consoleWarnings } from './warnings';

const CSRF_REFUSAL =
  "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header (with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value for one of the following headers: x-apollo-operation-name, apollo-require-preflight\n";

const PROVIDERS = gql`{ providers { id name mode } }`;

/** Each request's method and status as the client's fetch saw them. */
function recordingFetch(seen: string[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    seen.push(`${init?.method ?? 'GET'} ${response.status}`);
    return response;
  };
}

describe('urql over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  describe('GET and POST', () => {
    it("is refused by CSRF prevention with urql's default GET and no preflight header (400, nothing executed)", async () => {
      const seen: string[] = [];
      const client = new Client({ url: h.url.href, exchanges: [fetchExchange], fetch: recordingFetch(seen) });
      const result = await client.query(PROVIDERS, {}).toPromise();
      expect(seen).toEqual(['GET 400']);
      expect(result.data).toBeUndefined();
      expect(result.error?.response).toMatchObject({ status: 400 });
      expect(result.error?.graphQLErrors.map((e) => ({ message: e.message, code: e.extensions['code'] }))).toEqual([{ message: CSRF_REFUSAL, code: 'BAD_REQUEST' }]);
    });

    it('answers the POST the guide configures', async () => {
      const result = await createParleyUrqlClient(h.url.href).query(PROVIDERS, {}).toPromise();
      expect(result.error).toBeUndefined();
      expect(result.data).toMatchObject({ providers: expect.arrayContaining([{ id: 'helpscout', name: 'HELP_SCOUT', mode: 'SIMULATED' }]) });
    });

    it('answers a GET that carries the apollo-require-preflight header', async () => {
      const seen: string[] = [];
      const client = createParleyUrqlGetClient(h.url.href);
      const result = await client.query(PROVIDERS, {}, { fetch: recordingFetch(seen) }).toPromise();
      expect(seen).toEqual(['GET 200']);
      expect(result.error).toBeUndefined();
      expect(result.data?.providers).toHaveLength(5);
    });
  });

  describe('graphcache', () => {
    const CUSTOM_FIELDS = gql`
      query CustomFields($id: ID!) { conversation(id: $id) { ... on HelpScoutConversation { id customFields { id name text } } } }
    `;
    type CustomFieldsData = { conversation: { customFields: { text: string }[] } };
    const schema = introspectionFromSchema(buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8')));

    it.each([
      ['the generated possible types', undefined],
      ['schema awareness (introspection)', schema],
    ])("keeps two conversations' values of one custom field definition apart, with %s", async (_title, introspection) => {
      const client = createParleyUrqlClient(h.url.href, introspection);
      const text = async (id: string) => (await client.query<CustomFieldsData>(CUSTOM_FIELDS, { id }).toPromise()).data?.conversation.customFields[0]?.text;
      expect(await text(`helpscout:${SEED_ID}`)).toBe('Free');
      expect(await text(`helpscout:${FOREIGN_LINK_ID}`)).toBe('Gold');
      h.reset();
      // Read again: from the cache (no upstream request), each conversation with its own value.
      expect(await text(`helpscout:${SEED_ID}`)).toBe('Free');
      expect(await text(`helpscout:${FOREIGN_LINK_ID}`)).toBe('Gold');
      expect(h.upstream('helpscout')).toEqual([]);
    });

    it('warns about every value object without a key unless the value-object list gives them null keys', async () => {
      const VALUE_OBJECTS = gql`{
        conversation(id: "helpscout:123") { ... on HelpScoutConversation { id source { type via } customerWaitingSince { time } links { rel href } } }
      }`;
      const read = (client: Client) => consoleWarnings(async () => {
        expect((await client.query(VALUE_OBJECTS, {}).toPromise()).error).toBeUndefined();
      });
      const unkeyed = await read(new Client({ url: h.url.href, preferGetMethod: false, exchanges: [cacheExchange({ schema }), fetchExchange] }));
      for (const type of ['HelpScoutSource', 'HelpScoutWaitingSince', 'HelpScoutLink']) {
        expect(unkeyed).toContainEqual(expect.stringContaining(`create a \`keys\` config for \`${type}\` that always returns null`));
      }
      expect(await read(createParleyUrqlClient(h.url.href, schema))).toEqual([]);
    });
  });
});
