import type { Readable } from 'node:stream';
import { Agent, request } from 'undici';
import type { FetchInit, FetchLike, FetchResponse } from './http-types';

/**
 * One keep-alive pool per origin (Parley talks to five origins at most), one request at a time per
 * socket: pipelining would let a slow response hold up the ones queued behind it.
 */
const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 64, pipelining: 1 });

class SizeExceeded extends Error {
  readonly type = 'max-size';
}

/**
 * The body as UTF-8 text, stopping past `limit` bytes. Read through events rather than an async
 * iterator (no promise per chunk), and decoded like node-fetch's `text()`: a byte-order mark is
 * kept, so both clients read the same bodies the same way.
 */
function readText(body: Readable, limit: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        body.destroy();
        reject(new SizeExceeded(`body larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    body.once('error', reject);
    body.once('end', () => {
      const [only] = chunks;
      resolve(chunks.length === 1 && only ? only.toString('utf8') : Buffer.concat(chunks, size).toString('utf8'));
    });
  });
}

/**
 * The FetchLike contract on undici's `request` (no WHATWG stream or Response objects in the
 * way). It never follows redirects and stops reading a body past `init.size`, like the
 * node-fetch options the cross-fetch client relies on.
 */
export const undiciFetch: FetchLike = async (url: string, init: FetchInit): Promise<FetchResponse> => {
  const res = await request(url, {
    method: init.method === 'POST' ? 'POST' : 'GET',
    headers: init.headers,
    body: init.body ?? null,
    signal: init.signal,
    dispatcher,
  });
  const { headers } = res;
  return {
    status: res.statusCode,
    headers: {
      get(name: string): string | null {
        const value = headers[name.toLowerCase()];
        if (value === undefined) return null;
        return Array.isArray(value) ? value.join(', ') : value;
      },
      forEach(callback: (value: string, name: string) => void): void {
        for (const [name, value] of Object.entries(headers)) {
          if (value !== undefined) callback(Array.isArray(value) ? value.join(', ') : value, name);
        }
      },
    },
    text: () => readText(res.body, init.size ?? Number.POSITIVE_INFINITY),
  };
};
