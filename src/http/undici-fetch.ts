import { Agent, request } from 'undici';
import type { FetchInit, FetchLike, FetchResponse } from './http-client';

/** Sockets kept per origin; Parley talks to five origins at most. */
const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 64 });

class SizeExceeded extends Error {
  readonly type = 'max-size';
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
    async text(): Promise<string> {
      const limit = init.size ?? Number.POSITIVE_INFINITY;
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        const buffer = chunk as Buffer;
        size += buffer.length;
        if (size > limit) {
          res.body.destroy();
          throw new SizeExceeded(`body larger than ${limit} bytes`);
        }
        chunks.push(buffer);
      }
      return Buffer.concat(chunks).toString('utf8');
    },
  };
};
