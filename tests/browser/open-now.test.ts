import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { hasChromium, launchBrowser } from '../helpers/browser';
import { buildBrokenCopy } from '../helpers/fixture-build';

// The fixture's consultation window: 1–14 May 2026 (tests/fixtures/content/data/events/events.yaml).
const days = { before: '2026-04-20', during: '2026-05-05', after: '2026-05-15' } as const;
type Day = keyof typeof days;

describe.skipIf(!hasChromium)('the open-now panel, rebuilt on days around a window', () => {
  let browser: Browser;
  const servers = {} as Record<Day, Awaited<ReturnType<typeof serveStatic>>>;
  const roots = {} as Record<Day, string>;

  beforeAll(async () => {
    for (const day of Object.keys(days) as Day[]) {
      const result = await buildBrokenCopy(`open-now-${day}`, () => {}, {
        OGP_BUILD_DATE: days[day],
      });
      expect(result.code, result.output.slice(-2000)).toBe(0);
      roots[day] = `tests/.tmp/broken/open-now-${day}/dist`;
      servers[day] = await serveStatic(roots[day]);
    }
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(Object.values(servers).map((s) => s.close()));
  });

  const panel = async (day: Day, path: string) => {
    const page = await browser.newPage();
    await page.goto(`${servers[day].url}${path}`);
    const box = page.locator('#open-now');
    return { page, box, text: (await box.innerText()).replace(/\s+/g, ' ') };
  };

  it('names the window as opening next, with its first day and deadline, before it opens', async () => {
    const { page, box, text } = await panel('before', 'lv/');
    expect(text).toContain('Šīs vietnes datos nav zināmu atvērtu apspriešanu');
    expect(text).toContain('Stāvoklis šīs vietnes datos: 2026. gada 20. aprīlis');
    expect(text).toMatch(
      /Testa apspriešana · sākas 2026\. gada 1\. maijs · Termiņš: 2026\. gada 14\. maijs/,
    );
    expect(await box.locator('.open-now__action').count()).toBe(0);
    await page.close();
  });

  it('shows the window as open with its deadline and a button to take part while it is open', async () => {
    for (const [path, deadline, action] of [
      ['lv/', 'Termiņš: 2026. gada 14. maijs', 'Iesniegt viedokli TAP portālā'],
      ['en/', 'Deadline: 14 May 2026', 'Comment on the TAP portal'],
    ] as const) {
      const { page, box, text } = await panel('during', path);
      expect(text).toContain(deadline);
      const button = box.locator('a.open-now__action');
      expect(await button.innerText()).toBe(action);
      expect(await button.getAttribute('href')).toBe('https://tapportals.mk.gov.lv');
      expect(await box.locator('h3').first().innerText()).toMatch(
        /Testa apspriešana|Test consultation/,
      );
      await page.close();
    }
  });

  it('says plainly that nothing is known to be open after the window closes, with the day and where to check', async () => {
    const { page, box, text } = await panel('after', 'en/');
    expect(text).toContain('This site’s data knows of no open consultation');
    expect(text).toContain('15 May 2026');
    expect(text).not.toContain('Test consultation');
    const links = await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('https://tapportals.mk.gov.lv');
    await page.close();
  });

  it('offers subscribers the window in upcoming.ics only while it is still to come', () => {
    const count = (day: Day) =>
      ICAL.Component.fromString(readFileSync(join(roots[day], 'lv/upcoming.ics'), 'utf-8'))
        .getAllSubcomponents('vevent')
        .map((e) => new ICAL.Event(e).summary);
    expect(count('before')).toEqual(['Testa apspriešana']);
    expect(count('during')).toEqual(['Testa apspriešana']);
    expect(count('after')).toEqual([]);
  });
});
