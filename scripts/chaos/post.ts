import http from 'node:http';

export type Outcome = { status: number; body: string } | { error: string };

/**
 * One POST; with `agent: false` on its own connection, so each outcome belongs to one request
 * (a refused connect is told apart from a request cut off mid-way).
 */
export function post(url: URL, body: string, agent: http.Agent | false = false): Promise<Outcome> {
  return new Promise((done) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
      res.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }));
    req.end(body);
  });
}

/** The GraphQL error codes of an outcome: `[]` for a clean answer, `HTTP n` or the socket error otherwise. */
export function codesOf(outcome: Outcome): string[] {
  if ('error' in outcome) return [outcome.error];
  try {
    const parsed = JSON.parse(outcome.body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    const codes = (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
    if (outcome.status !== 200 && codes.length === 0) return [`HTTP ${outcome.status}`];
    return codes;
  } catch {
    return [`HTTP ${outcome.status} (not JSON)`];
  }
}
