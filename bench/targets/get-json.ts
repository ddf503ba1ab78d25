import http from 'node:http';

/** One GET through node:http (the caller's keep-alive agent in `options`), its body JSON.parsed: the floor's and lean ceiling's whole upstream cost. */
export function getJson(options: http.RequestOptions): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http.get(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        try {
          resolve(JSON.parse(text));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}
