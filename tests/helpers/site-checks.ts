import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fileOf, htmlFiles, page } from './dist';

/** A built site and the languages it was built with, as its own `src/i18n/locales.ts` lists them. */
export interface BuiltSite {
  /** The output folder. */
  root: string;
  /** Every language, default first: its URL segment and its BCP 47 tag. */
  locales: { code: string; lang: string }[];
  /** At least this many pages per language (a guard against an empty build). */
  minPagesPerLanguage: number;
  /** At least this many events in each language's calendar. */
  minEvents: number;
}

const pathOf = (url: string) => new URL(url).pathname;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!DOCTYPE html>` in upper case; both are valid HTML.
    'doctype-style': 'off',
    // Void elements are written as Astro emits them (`<meta …>`); both styles are valid HTML.
    'void-style': 'off',
    // Whitespace between elements is kept on purpose (compressHTML: false) so search text does not run together.
    'no-trailing-whitespace': 'off',
    // Long official Latvian titles make long link texts; that is the content, not markup.
    'long-title': 'off',
  },
});

/** What every built site must get right, whatever its content and however many languages it has. */
export function describeBuiltSite(name: string, load: () => BuiltSite): void {
  // Read lazily: a test may build its site in beforeAll, after the tests are collected.
  let cache: ReturnType<typeof survey> | undefined;
  const site = () => (cache ??= survey(load()));

  describe(name, () => {
    it('has pages in every language, the same number in each', () => {
      const { locales, minPagesPerLanguage, localePages } = site();
      const counts = locales.map(({ code }) => localePages(code).length);
      expect(counts[0]).toBeGreaterThanOrEqual(minPagesPerLanguage);
      expect(new Set(counts).size).toBe(1);
    });

    it('gives every page a twin in every other language that links back', () => {
      const { root, locales, contentPages } = site();
      const expected = [...locales.map((l) => l.lang), 'x-default'].sort();
      for (const file of contentPages) {
        const $ = page(file, root);
        const alternates = $('link[rel="alternate"][hreflang]')
          .toArray()
          .map((el) => [el.attribs.hreflang ?? '', pathOf(el.attribs.href ?? '')] as const);
        expect(alternates.map(([lang]) => lang).sort(), file).toEqual(expected);
        for (const [lang, path] of alternates) {
          const twin = fileOf(path);
          expect(existsSync(join(root, twin)), `${file} → ${lang} ${path}`).toBe(true);
          if (lang === 'x-default') continue;
          const back = page(
            twin,
            root,
          )('link[rel="alternate"][hreflang]')
            .toArray()
            .map((el) => pathOf(el.attribs.href ?? ''));
          expect(back, `${twin} links back to ${file}`).toContain(
            `/${file.replace(/index\.html$/, '')}`,
          );
        }
      }
    });

    it('marks every page with its language and direction, one h1, a title, a description and its canonical address', () => {
      const { root, contentPages, localeOf } = site();
      for (const file of contentPages) {
        const $ = page(file, root);
        expect($('html').attr('lang'), file).toBe(localeOf(file).lang);
        expect($('html').attr('dir'), file).toMatch(/^(ltr|rtl)$/);
        expect($('h1').length, file).toBe(1);
        expect($('title').text().trim(), file).not.toBe('');
        expect(($('meta[name="description"]').attr('content') ?? '').length, file).toBeGreaterThan(
          20,
        );
        expect(pathOf($('link[rel="canonical"]').attr('href') ?? ''), file).toBe(
          `/${file.replace(/index\.html$/, '')}`,
        );
      }
    });

    it('has no internal link, asset or anchor that leads nowhere, and no address of another scheme than http(s), mailto and tel', () => {
      const { root, files } = site();
      const broken: string[] = [];
      for (const file of files) {
        const $ = page(file, root);
        const refs = [
          ...$('a[href]')
            .toArray()
            .map((el) => el.attribs.href ?? ''),
          ...$('link[href]')
            .toArray()
            .filter((el) => el.attribs.rel !== 'canonical' && el.attribs.rel !== 'alternate')
            .map((el) => el.attribs.href ?? ''),
          ...$('script[src], img[src]')
            .toArray()
            .map((el) => el.attribs.src ?? ''),
        ];
        for (const ref of refs) {
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(ref)?.[1]?.toLowerCase();
          // Links to other sites are checked by their sources, not here; any other scheme is a mistake.
          if (scheme !== undefined) {
            if (!['http', 'https', 'mailto', 'tel'].includes(scheme))
              broken.push(`${file}: ${ref} (a ${scheme}: address)`);
            continue;
          }
          const url = new URL(ref, `http://site/${file}`);
          const target = fileOf(url.pathname);
          if (!existsSync(join(root, target))) {
            broken.push(`${file}: ${ref}`);
            continue;
          }
          if (url.hash && target.endsWith('.html')) {
            const id = decodeURIComponent(url.hash.slice(1));
            if (page(target, root)(`[id="${id}"]`).length === 0)
              broken.push(`${file}: ${ref} (no #${id})`);
          }
        }
      }
      expect(broken).toEqual([]);
    });

    it('sends / to the default language without server rules, and offers every language', () => {
      const { root, locales } = site();
      const $ = page('index.html', root);
      expect($('meta[http-equiv="refresh"]').attr('content')).toBe(
        `0; url=/${locales[0]?.code ?? ''}/`,
      );
      expect(
        $('a')
          .toArray()
          .map((el) => el.attribs.href),
      ).toEqual(locales.map(({ code }) => `/${code}/`));
    });

    it('has a 404 page in each language and one for the whole site', () => {
      const { root, locales } = site();
      expect(existsSync(join(root, '404.html'))).toBe(true);
      for (const { code, lang } of locales) {
        const file = `${code}/404.html`;
        expect(existsSync(join(root, file)), file).toBe(true);
        expect(page(file, root)('html').attr('lang'), file).toBe(lang);
        expect(page(file, root)('link[rel="canonical"]').length, file).toBe(0);
      }
    });

    it('lists every page of a language on its all-pages page, for visitors without JavaScript', () => {
      const { root, locales, localePages } = site();
      for (const { code } of locales) {
        const list = localePages(code).find((f) => page(f, root)('.all-pages').length > 0);
        expect(list, code).toBeDefined();
        const listed = new Set(
          page(
            list ?? '',
            root,
          )('.all-pages a')
            .toArray()
            .map((el) => fileOf(el.attribs.href ?? '')),
        );
        expect(localePages(code).filter((f) => !listed.has(f))).toEqual([]);
      }
    });

    it('tells visitors without JavaScript that search needs it and links to the list of all pages', () => {
      const { root, locales, localePages } = site();
      for (const { code } of locales) {
        const search = localePages(code).find((f) => page(f, root)('[data-search]').length > 0);
        expect(search, code).toBeDefined();
        const link = page(search ?? '', root)('[data-search-nojs] a').attr('href') ?? '';
        expect(page(fileOf(link), root)('.all-pages').length, code).toBe(1);
      }
    });

    it('builds one search index per language, each with every page of its language', () => {
      const { root, locales, minPagesPerLanguage } = site();
      const entry = JSON.parse(
        readFileSync(join(root, 'pagefind/pagefind-entry.json'), 'utf-8'),
      ) as {
        languages: Record<string, { page_count: number }>;
      };
      const tags = locales.map((l) => l.lang.toLowerCase()).sort();
      expect(Object.keys(entry.languages).sort()).toEqual(tags);
      const counts = tags.map((tag) => entry.languages[tag]?.page_count ?? 0);
      expect(new Set(counts).size).toBe(1);
      expect(counts[0]).toBeGreaterThanOrEqual(minPagesPerLanguage);
    });

    it('indexes the main content only, and every page that the index counts', () => {
      const { root, contentPages, locales, localePages } = site();
      for (const file of contentPages) {
        const bodies = page(file, root)('[data-pagefind-body]').toArray();
        // A page is indexed through its <main> alone, or not at all.
        expect(bodies.length, file).toBeLessThanOrEqual(1);
        if (bodies[0]) expect(bodies[0].tagName, file).toBe('main');
      }
      const entry = JSON.parse(
        readFileSync(join(root, 'pagefind/pagefind-entry.json'), 'utf-8'),
      ) as {
        languages: Record<string, { page_count: number }>;
      };
      for (const { code, lang } of locales) {
        const indexed = localePages(code).filter(
          (f) => page(f, root)('main[data-pagefind-body]').length === 1,
        );
        expect(indexed.length, code).toBe(entry.languages[lang.toLowerCase()]?.page_count);
        expect(indexed.length, code).toBeGreaterThan(0);
      }
    });

    it('loads no script or stylesheet from another host and runs no inline script', () => {
      const { root, files } = site();
      for (const file of files) {
        const $ = page(file, root);
        const external = $('script[src], link[rel="stylesheet"], img[src]')
          .toArray()
          .filter((el) => /^(https?:)?\/\//.test(el.attribs.src ?? el.attribs.href ?? ''));
        expect(external.length, file).toBe(0);
        expect(
          $('script:not([src])')
            .toArray()
            .filter((el) => el.attribs.type !== 'application/ld+json').length,
          file,
        ).toBe(0);
      }
    });

    it('keeps links in the page’s language unless they say they lead to another one', () => {
      const { root, contentPages, localeOf, locales } = site();
      const segment = new RegExp(`^/(${locales.map((l) => l.code).join('|')})/`);
      const problems: string[] = [];
      for (const file of contentPages) {
        const own = localeOf(file).code;
        const $ = page(file, root);
        for (const a of $('a[href^="/"]').toArray()) {
          const href = a.attribs.href ?? '';
          const target = locales.find((l) => l.code === segment.exec(href)?.[1]);
          if (target && target.code !== own && a.attribs.hreflang !== target.lang)
            problems.push(`${file}: ${href}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('gives every page Open Graph and Twitter card tags with its own share image', () => {
      const { root, contentPages } = site();
      const images = new Set<string>();
      for (const file of contentPages) {
        const $ = page(file, root);
        for (const property of [
          'og:title',
          'og:description',
          'og:url',
          'og:type',
          'og:locale',
          'og:image',
          'og:image:alt',
        ]) {
          expect(
            $(`meta[property="${property}"]`).attr('content'),
            `${file} ${property}`,
          ).toBeTruthy();
        }
        expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
        const image = pathOf($('meta[property="og:image"]').attr('content') ?? '');
        expect(existsSync(join(root, image)), `${file}: ${image}`).toBe(true);
        images.add(image);
      }
      expect(images.size).toBe(contentPages.length);
      const png = readFileSync(join(root, [...images][0] ?? ''));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });

    it('describes every page in JSON-LD: organisation, site, the page and its breadcrumbs', () => {
      const { root, contentPages } = site();
      for (const file of contentPages) {
        const $ = page(file, root);
        const graph = $('script[type="application/ld+json"]')
          .toArray()
          .flatMap(
            (s) =>
              (
                JSON.parse($(s).text()) as {
                  '@graph'?: { '@type': string; itemListElement?: { item: string }[] }[];
                }
              )['@graph'] ?? [],
          );
        const types = graph.map((node) => node['@type']);
        expect(types, file).toEqual(
          expect.arrayContaining(['Organization', 'WebSite', 'BreadcrumbList']),
        );
        expect(types.includes('Article') || types.includes('WebPage'), file).toBe(true);
        const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList')?.itemListElement ?? [];
        expect(pathOf(crumbs.at(-1)?.item ?? ''), file).toBe(
          `/${file.replace(/index\.html$/, '')}`,
        );
      }
    });

    it('lists every page in the sitemap with its alternates, and robots.txt points to it', () => {
      const { root, contentPages, locales } = site();
      const robots = readFileSync(join(root, 'robots.txt'), 'utf-8');
      const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
      expect(sitemapUrl).toBeDefined();
      const read = (url: string) => readFileSync(join(root, pathOf(url)), 'utf-8');
      const index = parser.parse(read(sitemapUrl ?? '')) as {
        sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
      };
      const urls = [index.sitemapindex.sitemap].flat().flatMap((s) => {
        const map = parser.parse(read(s.loc)) as {
          urlset: { url: { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[] };
        };
        return [map.urlset.url].flat();
      });
      expect(urls.map((u) => fileOf(pathOf(u.loc))).sort()).toEqual([...contentPages].sort());
      const expected = [...locales.map((l) => l.lang), 'x-default'].sort();
      for (const url of urls) {
        expect(url['xhtml:link'].map((l) => l.hreflang).sort(), url.loc).toEqual(expected);
        for (const link of url['xhtml:link'])
          expect(existsSync(join(root, fileOf(pathOf(link.href))))).toBe(true);
      }
    });

    it('has an RSS feed in each language, linked from every page’s head', () => {
      const { root, locales, contentPages, localeOf } = site();
      const titles = locales.map(({ code, lang }) => {
        const feed = parser.parse(readFileSync(join(root, `${code}/rss.xml`), 'utf-8')) as {
          rss: { channel: { language: string; item: { title: string; link: string }[] } };
        };
        expect(feed.rss.channel.language).toBe(lang);
        const items = [feed.rss.channel.item].flat();
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) expect(pathOf(item.link).startsWith(`/${code}/`)).toBe(true);
        return JSON.stringify(items.map((i) => i.title));
      });
      expect(new Set(titles).size).toBe(locales.length);
      for (const file of contentPages)
        expect(
          page(file, root)('link[rel="alternate"][type="application/rss+xml"]').attr('href'),
          file,
        ).toBe(`/${localeOf(file).code}/rss.xml`);
    });

    it('has an iCalendar file in each language that a calendar parser reads', () => {
      const { root, locales, minEvents } = site();
      const summaries = locales.map(({ code }) => {
        const calendar = ICAL.Component.fromString(
          readFileSync(join(root, `${code}/calendar.ics`), 'utf-8'),
        );
        const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
        expect(events.length).toBeGreaterThanOrEqual(minEvents);
        for (const event of events) {
          expect(event.startDate.isDate).toBe(true);
          expect(event.endDate.compare(event.startDate)).toBe(1);
          expect(event.uid).toMatch(new RegExp(`\\.${code}@`));
        }
        return events.map((e) => e.summary);
      });
      expect(new Set(summaries.map((s) => s.length)).size).toBe(1);
      expect(new Set(summaries.map((s) => JSON.stringify(s))).size).toBe(locales.length);
    });

    it('has valid HTML on every page', async () => {
      const { root, files } = site();
      const problems: string[] = [];
      for (const file of files) {
        const report = await validator.validateString(
          readFileSync(join(root, file), 'utf-8'),
          file,
        );
        for (const result of report.results)
          for (const m of result.messages)
            problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
      expect(problems).toEqual([]);
    });
  });
}

/** The files of a built site, sorted by language. */
function survey(site: BuiltSite) {
  const files = htmlFiles(site.root);
  const localeOf = (file: string) => {
    const locale = site.locales.find((l) => file.startsWith(`${l.code}/`));
    if (!locale) throw new Error(`${file} is in no language`);
    return locale;
  };
  const inLanguage = (file: string) => site.locales.some((l) => file.startsWith(`${l.code}/`));
  const contentPages = files.filter((f) => inLanguage(f) && !f.endsWith('404.html'));
  return {
    ...site,
    files,
    contentPages,
    localeOf,
    localePages: (code: string) => contentPages.filter((f) => f.startsWith(`${code}/`)),
  };
}
