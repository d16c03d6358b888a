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
});
