import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Stall {
  url: URL;
  /** Requests received. */
  readonly seen: number;
  /** Requests whose connection the client closed (an aborted upstream request). */
  readonly closed: number;
  close(): Promise<void>;
}

/**
 * An upstream that accepts requests and never finishes them: before sending headers, or after
 * the headers and the start of a JSON body (a body that stalls mid-way).
 */
export async function startStall(mode: 'before-headers' | 'mid-body' = 'before-headers'): Promise<Stall> {
  const sockets = new Set<Socket>();
  const state = { seen: 0, closed: 0 };
  const server = http.createServer((req, res) => {
    state.seen += 1;
    req.socket.once('close', () => (state.closed += 1));
    if (mode === 'mid-body') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"id": "907798f8-fd72-44d5-8042-fcc05c1bb570", "na');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
    get seen() {
      return state.seen;
    },
    get closed() {
      return state.closed;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
