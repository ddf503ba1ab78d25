// Label values kept to small, fixed sets: a label that takes whatever a client sends would let any
// client grow the metrics without bound.

const STATUS_CLASSES = ['0xx', '1xx', '2xx', '3xx', '4xx', '5xx'];

/** `2xx`…`5xx`, or `error` when no response came (network failure, timeout). */
export function statusClass(status: number | 'error'): string {
  if (status === 'error') return 'error';
  return STATUS_CLASSES[Math.floor(status / 100)] ?? 'other';
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Operation names as labels: a GraphQL name as the document gives it, up to `max` distinct names
 * (the application's own operations; the rest are `(other)`), `(anonymous)` for an unnamed
 * operation and `(invalid)` when the document did not parse or validate.
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly max = 200) {}

  label(resolved: boolean, name: string | null | undefined): string {
    if (!resolved) return '(invalid)';
    if (!name) return '(anonymous)';
    if (this.seen.has(name)) return name;
    if (!NAME.test(name) || this.seen.size >= this.max) return '(other)';
    this.seen.add(name);
    return name;
  }
}
