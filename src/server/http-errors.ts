import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpErrorCode } from '../errors/http-error-codes';
import type { Logger } from '../logger';
import type { BodyProblem } from './json-body';
import { pathOf, sendJson } from './http-io';

/** A failure answered before GraphQL runs, in the shape of a GraphQL error response. */
export interface HttpFailure {
  status: number;
  code: HttpErrorCode;
  message: string;
}

/**
 * Each refused body gets a fixed client message. The parser's own message is never sent: it can
 * quote the body (a JSON parse error) or an internal detail.
 */
export function describeBodyProblem(problem: BodyProblem, bodyLimit: string): HttpFailure {
  switch (problem) {
    case 'too-large':
      return { status: 413, code: HttpErrorCode.PAYLOAD_TOO_LARGE, message: `The request body is larger than the ${bodyLimit} limit` };
    case 'charset':
      return { status: 415, code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'Unsupported charset: send the JSON body as UTF-8' };
    case 'encoding':
      return { status: 415, code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'Unsupported Content-Encoding: send the body as identity, gzip, deflate or br' };
    case 'not-json':
      return { status: 400, code: HttpErrorCode.BAD_REQUEST, message: 'The request body is not valid JSON' };
    case 'unreadable':
      return { status: 400, code: HttpErrorCode.BAD_REQUEST, message: 'The request could not be read (bad encoding, bad length or an interrupted upload)' };
  }
}

const INTERNAL: HttpFailure = { status: 500, code: HttpErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' };

export function sendFailure(req: IncomingMessage, res: ServerResponse, failure: HttpFailure): void {
  sendJson(req, res, failure.status, { errors: [{ message: failure.message, extensions: { code: failure.code } }] });
}

/** A refused body: logged at debug (it is the client's mistake), answered as JSON. */
export function refuseBody(logger: Logger, req: IncomingMessage, res: ServerResponse, problem: BodyProblem, bodyLimit: string): void {
  const failure = describeBodyProblem(problem, bodyLimit);
  logger.debug({ status: failure.status, problem }, 'request refused before GraphQL');
  sendFailure(req, res, failure);
}

/**
 * A route that threw: JSON 500 in every NODE_ENV, without the error's message or stack (which
 * name install paths); the error goes to the log only.
 */
export function failInternally(logger: Logger, req: IncomingMessage, res: ServerResponse, error: unknown): void {
  logger.error({ err: error, path: pathOf(req) }, 'request failed outside GraphQL');
  // A response already under way cannot become an error response: end the connection instead.
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  sendFailure(req, res, INTERNAL);
}

/** Unknown routes: JSON too, and without echoing the path. */
export function notFound(req: IncomingMessage, res: ServerResponse): void {
  sendFailure(req, res, { status: 404, code: HttpErrorCode.NOT_FOUND, message: 'Not found: GraphQL is served at /graphql, liveness at /health, readiness at /ready' });
}
