import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

/** Why a body was refused; http-errors.ts turns each into a status, code and message. */
export type BodyProblem = 'too-large' | 'charset' | 'encoding' | 'not-json' | 'unreadable';

/** `body` is undefined when there is none or it is not JSON: Apollo answers those itself. */
export type BodyResult = { readonly body: unknown } | { readonly problem: BodyProblem };

/** What express's body-parser treated as "has a body" (type-is's hasBody). */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && !Number.isNaN(Number(length)));
}

/** The media type and charset of `content-type`, lower-cased; undefined when there is no header. */
function mediaType(header: string | undefined): { type: string; charset: string | undefined } | undefined {
  if (header === undefined) return undefined;
  const [type = '', ...parameters] = header.split(';');
  const charset = parameters.map((p) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(p)?.[1]).find((c) => c !== undefined);
  return { type: type.trim().toLowerCase(), charset: charset?.toLowerCase() };
}

function decompressor(encoding: string): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined {
  if (encoding === 'gzip') return zlib.createGunzip();
  if (encoding === 'deflate') return zlib.createInflate();
  if (encoding === 'br') return zlib.createBrotliDecompress();
  // zstd arrived in Node 22.15/23.8; body-parser accepts it where the runtime has it.
  const zstd: unknown = (zlib as Record<string, unknown>)['createZstdDecompress'];
  if (encoding === 'zstd' && typeof zstd === 'function') return (zstd as () => zlib.Gunzip)();
  return undefined;
}

/**
 * Collects at most `limit` bytes; past that, stops collecting and reports 'too-large'. `req` is
 * the request behind a decompressor: a pipe does not forward its abort.
 */
function collect(stream: Readable, limit: number, req?: IncomingMessage): Promise<Buffer | BodyProblem> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (result: Buffer | BodyProblem): void => {
      stream.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      req?.off('close', onRequestClose);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limit) finish('too-large');
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, received));
    const onError = (): void => finish('unreadable');
    // A client that hangs up mid-upload: 'close' without 'end'.
    const onClose = (): void => finish('unreadable');
    const onRequestClose = (): void => {
      if (req && !req.complete) finish('unreadable');
    };
    stream.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
    req?.on('close', onRequestClose);
  });
}

/** Reads off what is left of a refused request before it is answered, as body-parser did. */
function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    req.once('end', resolve).once('close', resolve);
    req.resume();
  });
}

/** body-parser's strict mode: a JSON body is an object or an array; empty means `{}`. */
function parseStrict(text: string): BodyResult {
  if (text.length === 0) return { body: {} };
  const first = /^[ \t\n\r]*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') return { problem: 'not-json' };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { problem: 'not-json' };
  }
}

function decoderFor(charset: string): ((bytes: Buffer) => string) | undefined {
  // iconv-lite (body-parser's decoder) dropped a byte-order mark; Buffer#toString keeps it.
  if (charset === 'utf-8' || charset === 'utf8') return (bytes) => bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    const decoder = new TextDecoder(charset);
    return (bytes) => decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The request body as express.json({ limit }) read it: only `application/json` is parsed; UTF
 * charsets only; identity, gzip, deflate, br (and zstd where Node has it) content encodings; the
 * limit applies to the decoded bytes, and a declared length over it is refused before reading.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  if (!hasBody(req)) return { body: undefined };
  const media = mediaType(req.headers['content-type']);
  if (media?.type !== 'application/json') return { body: undefined };
  const charset = media.charset ?? 'utf-8';
  if (!charset.startsWith('utf-')) return { problem: 'charset' };
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  const inflate = encoding === 'identity' ? undefined : decompressor(encoding);
  if (encoding !== 'identity' && !inflate) return { problem: 'encoding' };
  const decode = decoderFor(charset);
  const declared = encoding === 'identity' ? Number(req.headers['content-length'] ?? Number.NaN) : Number.NaN;
  let bytes: Buffer | BodyProblem;
  if (!decode) bytes = 'charset';
  else if (declared > limit) bytes = 'too-large';
  else if (inflate) bytes = await collect(req.pipe(inflate), limit, req);
  else bytes = await collect(req, limit);
  if (typeof bytes === 'string') {
    if (inflate) {
      req.unpipe(inflate);
      inflate.on('error', () => undefined).destroy();
    }
    await drain(req);
    return { problem: bytes };
  }
  if (inflate) {
    // Whatever follows the compressed stream is read off so the request can finish.
    req.unpipe(inflate);
    inflate.on('error', () => undefined).destroy();
    req.resume();
  }
  return decode ? parseStrict(decode(bytes)) : { problem: 'charset' };
}
