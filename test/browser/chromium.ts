import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's `chromium` package; never a browser download (nothing may load from the internet). */
export const CHROMIUM_PATH = process.env['PARLEY_CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// No background traffic of the browser's own (updates, sync, safe browsing), so a test that
// watches the network sees the page's requests only.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A headless Chromium with a fresh profile; `close()` also deletes the profile. */
export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Fails, never skips, when the browser is missing: the IDE and CORS checks are part of `npm test`,
 * and a skipped browser suite would pass on a machine that proves nothing.
 */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}, which does not exist. Install Debian's package (as root: apt-get install -y chromium; .ci/run does this) or set PARLEY_CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: ARGS, viewport: { width: 1440, height: 900 } });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
