/** A benchmark scenario: one GraphQL operation and the fewest upstream requests it can need. */
export interface Scenario {
  name: string;
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Lower bound of upstream requests, with the reason. */
  lowerBound: number;
  lowerBoundWhy: string;
  /** Dependent upstream round trips on the critical path (for the latency target). */
  roundTrips: number;
  /** Which targets can run it (the ceiling only mirrors the one-conversation scenario). */
  ceiling?: boolean;
  /** Upstream paths that need an answer of the first round (the floor sends them in a second round). */
  dependent?: RegExp;
}

export function body(scenario: Scenario): string {
  return JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} });
}
