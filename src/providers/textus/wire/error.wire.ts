/**
 * TextUs error bodies (`{"@type":"Error","error":"…"}`, undocumented for the Next API) hold free
 * text and no reference: a database URL with its password has come through in one. Nothing of
 * them reaches a client, so there is no reference to read; the error keeps the HTTP status.
 */
export function errorRefOf(_body: unknown): string | undefined {
  return undefined;
}
