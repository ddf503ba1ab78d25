/**
 * Preloaded (`--import`) into the gateway process of the chaos soak, which runs with
 * `--expose-gc`: on each "memory" message from the parent it forces a full GC and answers with
 * the resident set and heap, so samples compare retained memory rather than GC timing. Touches
 * nothing else of the gateway.
 */
const forceGc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: unknown) => {
  if (message !== 'memory') return;
  forceGc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ rss, heapUsed, gc: forceGc !== undefined });
});
// The channel must not keep the gateway alive: it exits on SIGTERM by itself.
process.channel?.unref();
