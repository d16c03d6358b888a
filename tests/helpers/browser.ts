import { CHROMIUM, hasChromium, launchBrowser } from '../../scripts/chromium.mjs';

if (!hasChromium) {
  console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with \`apt-get install chromium\` or set CHROMIUM_PATH.`);
}

export { hasChromium, launchBrowser };
