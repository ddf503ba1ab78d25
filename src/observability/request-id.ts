import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

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

/** Gives every request an id (res.locals) and echoes it in the `x-request-id` response header. */
export function requestIdMiddleware(): RequestHandler {
  return (req, res, next) => {
    const id = requestIdFor(req.get(REQUEST_ID_HEADER));
    res.locals['requestId'] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}

/** The id `requestIdMiddleware` gave this response, if it ran. */
export function requestIdOf(res: Response): string | undefined {
  const id: unknown = res.locals['requestId'];
  return typeof id === 'string' ? id : undefined;
}
