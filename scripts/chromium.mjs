// @ts-check
// Debian's Chromium for tests and benchmarks: Playwright's own browser download does not
// work on these machines, so playwright-core drives /usr/bin/chromium (or CHROMIUM_PATH).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Starts headless Chromium the way an offline machine running as root needs it. */
export function launchBrowser() {
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
    ],
  });
}
