import { headerAuth, redactSecrets, safeRef } from './auth';

describe('credential redaction and upstream references', () => {
  const auth = headerAuth('x-key', 'Mp-Key-4f9a77');

  it('redacts the secret in any letter case and passwords of URLs', () => {
    expect(auth.redact?.('bad key MP-KEY-4F9A77 (mp-key-4f9a77) at postgres://app:hunter2@db.internal/x')).toBe(
      'bad key [redacted] ([redacted]) at postgres://[redacted]@db.internal/x',
    );
    expect(redactSecrets('Bearer AbCdEf123 ok', ['abcdef123'])).toBe('Bearer [redacted] ok');
  });

  it('keeps a short single-token reference and drops free text or a reference that holds the credential', () => {
    expect(safeRef('4f2c1e9a-0b7d-4c1e-9a7d-1e2f3a4b5c6d')).toBe('4f2c1e9a-0b7d-4c1e-9a7d-1e2f3a4b5c6d');
    expect(safeRef('NotFound', auth)).toBe('NotFound');
    expect(safeRef('Not Found')).toBeUndefined();
    expect(safeRef('postgres://app:hunter2@db')).toBeUndefined();
    expect(safeRef('x'.repeat(65))).toBeUndefined();
    expect(safeRef('MP-KEY-4F9A77', auth)).toBeUndefined();
    expect(safeRef(undefined)).toBeUndefined();
  });
});
