import type { IncomingMessage, ServerResponse } from 'node:http';

/** The request path without its query string, as routes match it. */
export function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** The query string with its `?`, or '' (what Apollo expects as `search`). */
export function searchOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? '' : url.slice(query);
}

/**
 * Whether `path` is `route` the way express matched a plain route: case-insensitively and with
 * or without one trailing slash.
 */
export function isRoute(path: string, route: string): boolean {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.length === route.length && trimmed.toLowerCase() === route;
}

/** Whether `path` is `prefix` or below it (express's `app.use(prefix, …)` mount rule). */
export function isUnder(path: string, prefix: string): boolean {
  if (path.length < prefix.length || path.slice(0, prefix.length).toLowerCase() !== prefix) return false;
  return path.length === prefix.length || path[prefix.length] === '/';
}

export const isGetOrHead = (req: IncomingMessage): boolean => req.method === 'GET' || req.method === 'HEAD';

/** Adds a field to `Vary` once, keeping what is there (what express's `res.vary` did). */
export function appendVary(res: ServerResponse, field: string): void {
  const current = res.getHeader('Vary');
  const text = Array.isArray(current) ? current.join(', ') : typeof current === 'string' ? current : '';
  if (text === '*') return;
  const fields = text === '' ? [] : text.split(/\s*,\s*/);
  if (fields.some((existing) => existing.toLowerCase() === field.toLowerCase())) return;
  res.setHeader('Vary', [...fields, field].join(', '));
}

/** A text body with the charset and length express's `res.send` added; none on HEAD. */
export function sendText(req: IncomingMessage, res: ServerResponse, status: number, contentType: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', /;\s*charset=/i.test(contentType) ? contentType : `${contentType}; charset=utf-8`);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): void {
  sendText(req, res, status, 'application/json', JSON.stringify(value));
}
