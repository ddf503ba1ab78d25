import { Environment, Network, RecordSource, Store, type FetchFunction, type GraphQLResponse } from 'relay-runtime';

/**
 * A Relay environment for Parley's `/graphql` at `url`. Relay keys records by `id` alone, so ids
 * must be unique across all types: every Parley id is (see docs/clients.md, "Cache identity").
 */
export function createParleyRelayEnvironment(url: string): Environment {
  const fetchGraphQL: FetchFunction = async (operation, variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation.text, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  return new Environment({ network: Network.create(fetchGraphQL), store: new Store(new RecordSource()) });
}
