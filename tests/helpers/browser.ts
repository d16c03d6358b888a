import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download does not work on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with \`apt-get install chromium\` or set CHROMIUM_PATH.`);
}

/** Starts headless Chromium the way this offline, root machine needs it. */
export function launchBrowser(options: { javaScript?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.javaScript === false ? ['--blink-settings=scriptEnabled=false'] : []),
    ],
  });
}
