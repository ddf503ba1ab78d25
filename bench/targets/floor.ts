import { readFileSync } from 'node:fs';
import http from 'node:http';
import { getJson } from './get-json';

/** One upstream GET Parley sent, as recorded at the simulator (bench/floor-plan.ts). */
export interface FloorRequest {
  url: string;
  headers: Record<string, string>;
}

/** Per scenario: Parley's upstream GETs in dependency rounds, and Parley's exact response body. */
export interface FloorScenario {
  rounds: FloorRequest[][];
  response: string;
}

/** The file FLOOR_PLAN names: scenarios keyed by their query text (the floor has no GraphQL). */
export type FloorPlan = Record<string, FloorScenario>;

interface PreparedGet {
  options: http.RequestOptions;
}

const get = ({ options }: PreparedGet): Promise<unknown> => getJson(options);

/**
 * `floor`: what any gateway must spend at least. node:http, parse the POST, send exactly
 * Parley's upstream GETs through one keep-alive pool (round 2 after round 1, as Parley must),
 * JSON.parse each body, write Parley's response bytes. No GraphQL, no validation, no mapping.
 */
export function startFloor(): void {
  const plan = JSON.parse(readFileSync(process.env['FLOOR_PLAN'] ?? '', 'utf8')) as FloorPlan;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const byQuery = new Map<string, { rounds: PreparedGet[][]; response: string }>();
  for (const [query, scenario] of Object.entries(plan)) {
    const rounds = scenario.rounds.map((round) =>
      round.map(({ url, headers }) => {
        const parsed = new URL(url);
        return { options: { agent, hostname: parsed.hostname, port: parsed.port, path: parsed.pathname + parsed.search, headers } };
      }),
    );
    byQuery.set(query, { rounds, response: scenario.response });
  }
  const server = http.createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      void (async () => {
        const scenario = byQuery.get((JSON.parse(text) as { query?: string }).query ?? '');
        if (!scenario) {
          res.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":[{"message":"floor: unknown query"}]}');
          return;
        }
        for (const round of scenario.rounds) await Promise.all(round.map(get));
        res.writeHead(200, { 'content-type': 'application/json' }).end(scenario.response);
      })().catch((error: unknown) => res.writeHead(502).end(`{"errors":[{"message":${JSON.stringify(String(error))}}]}`));
    });
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    console.log(`READY http://127.0.0.1:${port}/graphql`);
  });
}
