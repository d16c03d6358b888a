import type { Locale } from '../i18n/locales';

/**
 * The site path of a page in a language, without the deployment base.
 * @example pagePath('lv', 'principi/atklatiba') // '/lv/principi/atklatiba/'
 * @example pagePath('en', '') // '/en/'
 */
export function pagePath(lang: Locale, path: string): string {
  return path === '' ? `/${lang}/` : `/${lang}/${path}/`;
}

/**
 * Prefixes a root-relative site path with the deployment base (Astro's `base`, e.g. `/ogp/`).
 * @example withBase('/lv/', '/ogp/') // '/ogp/lv/'
 */
export function withBase(path: string, base: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/**
 * Joins the site's absolute origin (and base) with a site path, for canonical and alternate links.
 * @example absoluteUrl('/lv/', 'https://example.org', '/ogp/') // 'https://example.org/ogp/lv/'
 */
export function absoluteUrl(path: string, site: string, base: string): string {
  return new URL(withBase(path, base), site).href;
}

/**
 * Where a page's share image is published, without the deployment base.
 * @example shareImagePath({ lang: 'lv', path: 'principi/atklatiba' }) // '/og/lv/principi/atklatiba.png'
 */
export function shareImagePath(route: { lang: Locale; path: string }): string {
  return `/og/${route.lang}/${route.path === '' ? 'index' : route.path}.png`;
}
