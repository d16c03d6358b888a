import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIST, fileOf, htmlFiles, page } from '../helpers/dist';

const pages = htmlFiles().filter((f) => /^(lv|en)\//.test(f) && !f.endsWith('404.html'));
const pathOf = (url: string) => new URL(url).pathname;

/** Width and height from a PNG's header. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('sharing and finding', () => {
  it('gives every page Open Graph and Twitter card tags with its own share image', () => {
    const images = new Set<string>();
    for (const file of pages) {
      const $ = page(file);
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
      const image = pathOf($('meta[property="og:image"]').attr('content')!);
      expect(existsSync(join(DIST, image)), `${file}: ${image}`).toBe(true);
      images.add(image);
    }
    expect(images.size).toBe(pages.length);
    expect(pngSize(join(DIST, [...images][0]!))).toEqual([1200, 630]);
  });

  it('describes every page in JSON-LD: organisation, site, the page and its breadcrumbs', () => {
    for (const file of pages) {
      const $ = page(file);
      const blocks = $('script[type="application/ld+json"]')
        .toArray()
        .map(
          (s) =>
            JSON.parse($(s).text()) as {
              '@graph'?: { '@type': string; itemListElement?: { item: string }[] }[];
            },
        );
      const graph = blocks.flatMap((b) => b['@graph'] ?? []);
      const types = graph.map((node) => node['@type']);
      expect(types, file).toEqual(
        expect.arrayContaining(['Organization', 'WebSite', 'BreadcrumbList']),
      );
      expect(types.includes('Article') || types.includes('WebPage'), file).toBe(true);
      const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement!;
      expect(pathOf(crumbs.at(-1)!.item), file).toBe(`/${file.replace(/index\.html$/, '')}`);
    }
  });

  it('lists every page in the sitemap with its alternates, and robots.txt points to it', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf-8');
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toBeDefined();
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const index = parser.parse(readFileSync(join(DIST, pathOf(sitemapUrl!)), 'utf-8')) as {
      sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
    };
    const urls = [index.sitemapindex.sitemap].flat().flatMap((s) => {
      const map = parser.parse(readFileSync(join(DIST, pathOf(s.loc)), 'utf-8')) as {
        urlset: { url: { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[] };
      };
      return map.urlset.url;
    });
    expect(urls.map((u) => fileOf(pathOf(u.loc))).sort()).toEqual([...pages].sort());
    for (const url of urls) {
      const langs = url['xhtml:link'].map((l) => l.hreflang).sort();
      expect(langs, url.loc).toEqual(['en', 'lv', 'x-default']);
      for (const link of url['xhtml:link'])
        expect(existsSync(join(DIST, fileOf(pathOf(link.href))))).toBe(true);
    }
  });

  it('keeps links in the page’s language unless they say they lead to the other one', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const lang = file.slice(0, 2);
      const $ = page(file);
      for (const a of $('a[href^="/"]').toArray()) {
        const href = $(a).attr('href')!;
        const target = /^\/(lv|en)\//.exec(href)?.[1];
        if (target && target !== lang && $(a).attr('hreflang') !== target)
          problems.push(`${file}: ${href}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
