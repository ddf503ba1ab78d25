import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { HttpErrorCode } from '../errors/http-error-codes';
import type { Logger } from '../logger';

/** A failure answered before GraphQL runs, in the shape of a GraphQL error response. */
export interface HttpFailure {
  status: number;
  code: HttpErrorCode;
  message: string;
}

function property(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** body-parser and express errors carry `status`/`statusCode` (http-errors) and a `type`. */
function statusOf(error: unknown): number {
  const status = property(error, 'status') ?? property(error, 'statusCode');
  return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 599 ? status : 500;
}

/**
 * Maps a failure to a fixed client message. The library's own message is never sent: it can
 * quote the body (a JSON parse error) or an internal detail, and its stack names install paths.
 */
export function describeFailure(error: unknown, bodyLimit: string): HttpFailure {
  const status = statusOf(error);
  const type = property(error, 'type');
  if (type === 'entity.too.large' || status === 413) {
    return { status: 413, code: HttpErrorCode.PAYLOAD_TOO_LARGE, message: `The request body is larger than the ${bodyLimit} limit` };
  }
  if (type === 'charset.unsupported') {
    return { status: 415, code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'Unsupported charset: send the JSON body as UTF-8' };
  }
  if (type === 'encoding.unsupported' || status === 415) {
    return { status: 415, code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'Unsupported Content-Encoding: send the body as identity, gzip, deflate or br' };
  }
  if (type === 'entity.parse.failed') {
    return { status: 400, code: HttpErrorCode.BAD_REQUEST, message: 'The request body is not valid JSON' };
  }
  if (status < 500) {
    return { status: 400, code: HttpErrorCode.BAD_REQUEST, message: 'The request could not be read (bad encoding, bad length or an interrupted upload)' };
  }
  return { status: 500, code: HttpErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
}

export function sendFailure(res: Response, failure: HttpFailure): void {
  res.status(failure.status).type('application/json').send(JSON.stringify({ errors: [{ message: failure.message, extensions: { code: failure.code } }] }));
}

/**
 * The last express error handler: every failure outside Apollo (body parsing, routing) answers
 * JSON, in every NODE_ENV. Express's own handler would render HTML with the stack and absolute
 * paths unless NODE_ENV is production, and print the stack to stderr.
 */
export function jsonErrorHandler(logger: Logger, bodyLimit: string): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const failure = describeFailure(error, bodyLimit);
    if (failure.status >= 500) logger.error({ err: error, path: req.path }, 'request failed outside GraphQL');
    else logger.debug({ status: failure.status, type: property(error, 'type') }, 'request refused before GraphQL');
    // A response already under way cannot become an error response: end the connection instead.
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    sendFailure(res, failure);
  };
}

/** Unknown routes: JSON too, and without echoing the path. */
export function notFoundHandler(): RequestHandler {
  return (_req, res) => {
    sendFailure(res, { status: 404, code: HttpErrorCode.NOT_FOUND, message: 'Not found: GraphQL is served at /graphql, liveness at /health, readiness at /ready' });
  };
}
