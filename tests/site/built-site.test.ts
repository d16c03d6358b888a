import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../src/i18n/locales';
import { DIST, fileOf, htmlFiles, page } from '../helpers/dist';
import { describeBuiltSite } from '../helpers/site-checks';

describeBuiltSite('the built site', () => ({
  root: DIST,
  locales: localeCodes.map((code) => ({ code, lang: locales[code].lang })),
  minPagesPerLanguage: 21,
  minEvents: 6,
}));

const contentPages = htmlFiles().filter(
  (f) => localeCodes.some((code) => f.startsWith(`${code}/`)) && !f.endsWith('404.html'),
);

describe('the real content', () => {
  it('gives plan and commitment pages the same heading IDs in every language, so #links survive the switch', () => {
    // The Latvian addresses of the generated plan and commitment pages.
    const generated = contentPages.filter((f) =>
      /^lv\/(plani\/\d+|apnemsanas\/lv\d{4})\/index\.html$/.test(f),
    );
    expect(generated.length).toBeGreaterThan(35);
    const ids = (f: string) =>
      page(f)('main h2[id]')
        .toArray()
        .map((h) => h.attribs.id);
    for (const file of generated) {
      expect(ids(file).length, file).toBeGreaterThan(1);
      for (const code of localeCodes.filter((c) => !file.startsWith(`${c}/`))) {
        const href = page(file)(`link[rel="alternate"][hreflang="${locales[code].lang}"]`).attr(
          'href',
        );
        expect(href, `${file} → ${code}`).toBeDefined();
        expect(ids(fileOf(new URL(href ?? '').pathname)), file).toEqual(ids(file));
      }
    }
  });

  it('gives institution pages Latvian addresses in Latvian and lists the old ones for redirects', () => {
    expect(existsSync(join(DIST, 'lv/iestades/kulturas-ministrija/index.html'))).toBe(true);
    expect(existsSync(join(DIST, 'lv/iestades/ministry-of-culture/index.html'))).toBe(false);
    expect(existsSync(join(DIST, 'en/institutions/ministry-of-culture/index.html'))).toBe(true);
    const moved = readFileSync(join(DIST, 'moved-addresses.txt'), 'utf-8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => line.split(' '));
    expect(moved).toContainEqual([
      '/lv/iestades/ministry-of-culture/',
      '/lv/iestades/kulturas-ministrija/',
    ]);
    for (const [from = '', to = ''] of moved) {
      expect(existsSync(join(DIST, fileOf(from))), from).toBe(false);
      expect(existsSync(join(DIST, fileOf(to))), to).toBe(true);
    }
  });

  it('names an institution by its current name and shows its former name with the date of the change', () => {
    const $ = page('lv/iestades/varam/index.html');
    expect($('h1').text()).toBe('Viedās administrācijas un reģionālās attīstības ministrija');
    const facts = $('dl.facts').text().replace(/\s+/g, ' ');
    expect(facts).toContain(
      'Iepriekšējais nosaukums Vides aizsardzības un reģionālās attīstības ministrija (VARAM)',
    );
    expect(facts).toContain('Nosaukums mainīts 2024. gada 1. jūlijs');
    expect($('main a[href*="varam.gov.lv"]').length).toBeGreaterThan(0);
  });
});
