import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * What a client or proxy may send as its request id: up to 128 characters of letters, digits and
 * `_ . : @ / + = -` (UUIDs, ULIDs, hex, base64 and the usual proxy formats). Anything else (spaces,
 * quotes, control characters, a repeated header joined with a comma, an overlong value) could
 * break a log pipeline or be used to forge log lines, so it is replaced, not cleaned.
 */
const ACCEPTED = /^[\w.:@/+=-]{1,128}$/;

/** The id to use for a request: the one it brought when acceptable, a fresh UUID otherwise. */
export function requestIdFor(sent: string | undefined): string {
  return sent !== undefined && ACCEPTED.test(sent) ? sent : randomUUID();
}

const ids = new WeakMap<ServerResponse, string>();

/** Gives a request its id, echoed in the `x-request-id` response header; the router calls it first. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const sent = req.headers[REQUEST_ID_HEADER];
  const id = requestIdFor(typeof sent === 'string' ? sent : undefined);
  ids.set(res, id);
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** The id `assignRequestId` gave this response, if it ran. */
export function requestIdOf(res: ServerResponse): string | undefined {
  return ids.get(res);
}
