import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { DIST, fileOf, htmlFiles, page } from '../helpers/dist';

const files = htmlFiles();
const localePages = (lang: string) =>
  files.filter((f) => f.startsWith(`${lang}/`) && !f.endsWith('404.html'));
const contentPages = files.filter((f) => /^(lv|en)\//.test(f) && !f.endsWith('404.html'));

describe('the built site', () => {
  it('has pages in every language, the same number in each', () => {
    const counts = localeCodes.map((lang) => localePages(lang).length);
    expect(counts[0]).toBeGreaterThan(20);
    expect(new Set(counts).size).toBe(1);
  });

  it('gives every page a twin in the other language that links back', () => {
    for (const file of contentPages) {
      const $ = page(file);
      const alternates = $('link[rel="alternate"][hreflang]')
        .toArray()
        .map((el) => [$(el).attr('hreflang')!, new URL($(el).attr('href')!).pathname] as const);
      const langs = alternates.map(([lang]) => lang).sort();
      expect(langs, file).toEqual(['en', 'lv', 'x-default']);
      for (const [lang, path] of alternates) {
        const twin = fileOf(path);
        expect(existsSync(join(DIST, twin)), `${file} → ${lang} ${path}`).toBe(true);
        if (lang === 'x-default') continue;
        const back = page(twin)('link[rel="alternate"][hreflang]')
          .toArray()
          .map((el) => new URL(el.attribs.href!).pathname);
        expect(back, `${twin} links back to ${file}`).toContain(
          `/${file.replace(/index\.html$/, '')}`,
        );
      }
    }
  });

  it('gives plan and commitment pages the same heading IDs in both languages, so #links survive the switch', () => {
    const generated = contentPages.filter((f) =>
      /^lv\/(plani\/\d+|apnemsanas\/lv\d{4})\/index\.html$/.test(f),
    );
    expect(generated.length).toBeGreaterThan(35);
    for (const file of generated) {
      const twin = new URL(page(file)('link[rel="alternate"][hreflang="en"]').attr('href')!)
        .pathname;
      const ids = (f: string) =>
        page(f)('main h2[id]')
          .toArray()
          .map((h) => h.attribs.id);
      expect(ids(fileOf(twin)), file).toEqual(ids(file));
      expect(ids(file).length, file).toBeGreaterThan(1);
    }
  });

  it('marks every page with its language, one h1, a title, a description and its canonical address', () => {
    for (const file of contentPages) {
      const $ = page(file);
      expect($('html').attr('lang'), file).toBe(file.slice(0, 2));
      expect($('h1').length, file).toBe(1);
      expect($('title').text().trim(), file).not.toBe('');
      expect(($('meta[name="description"]').attr('content') ?? '').length, file).toBeGreaterThan(
        20,
      );
      expect(new URL($('link[rel="canonical"]').attr('href')!).pathname, file).toBe(
        `/${file.replace(/index\.html$/, '')}`,
      );
    }
  });

  it('has no internal link, asset or anchor that leads nowhere', () => {
    const broken: string[] = [];
    for (const file of files) {
      const $ = page(file);
      const refs = [
        ...$('a[href]')
          .toArray()
          .map((el) => el.attribs.href!),
        ...$('link[href]')
          .toArray()
          .filter((el) => el.attribs.rel !== 'canonical' && el.attribs.rel !== 'alternate')
          .map((el) => el.attribs.href!),
        ...$('script[src], img[src]')
          .toArray()
          .map((el) => el.attribs.src!),
      ];
      for (const ref of refs) {
        if (/^[a-z]+:/i.test(ref)) continue;
        const url = new URL(ref, `http://site/${file}`);
        const target = fileOf(url.pathname);
        if (!existsSync(join(DIST, target))) {
          broken.push(`${file}: ${ref}`);
          continue;
        }
        if (url.hash && target.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (page(target)(`[id="${id}"]`).length === 0) broken.push(`${file}: ${ref} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('sends / to the Latvian home page without server rules, and offers both languages', () => {
    const $ = page('index.html');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/lv/');
    expect(
      $('a')
        .toArray()
        .map((el) => el.attribs.href),
    ).toEqual(['/lv/', '/en/']);
  });

  it('has a 404 page in each language and one for the whole site', () => {
    for (const file of ['404.html', 'lv/404.html', 'en/404.html'])
      expect(existsSync(join(DIST, file)), file).toBe(true);
    expect(page('en/404.html')('html').attr('lang')).toBe('en');
    expect(page('lv/404.html')('link[rel="canonical"]').length).toBe(0);
  });

  it('lists every page of a language on its all-pages page, for visitors without JavaScript', () => {
    for (const lang of localeCodes) {
      const sitemap = localePages(lang).find((f) => page(f)('.all-pages').length > 0)!;
      const listed = new Set(
        page(sitemap)('.all-pages a')
          .toArray()
          .map((el) => fileOf(el.attribs.href!)),
      );
      expect(localePages(lang).filter((f) => !listed.has(f))).toEqual([]);
    }
  });

  it('tells visitors without JavaScript that search needs it and links to the list of all pages', () => {
    for (const lang of localeCodes) {
      const search = localePages(lang).find((f) => page(f)('[data-search]').length > 0)!;
      const $ = page(search);
      const link = $('[data-search-nojs] a').attr('href')!;
      expect(page(fileOf(link))('.all-pages').length).toBe(1);
    }
  });

  it('builds one search index per language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf-8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'lv']);
    expect(entry.languages.lv!.page_count).toBe(entry.languages.en!.page_count);
    expect(entry.languages.lv!.page_count).toBeGreaterThan(20);
  });

  it('indexes the main content only, not the header, navigation or footer', () => {
    for (const file of contentPages.slice(0, 10)) {
      const $ = page(file);
      expect(
        $('[data-pagefind-body]')
          .toArray()
          .every((el) => el.tagName === 'main'),
        file,
      ).toBe(true);
    }
  });

  it('loads no script or stylesheet from another host and runs no inline script', () => {
    for (const file of files) {
      const $ = page(file);
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
});
