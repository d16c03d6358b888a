import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { assembleSite, type Site } from './site';
import { withBase } from './urls';

let cached: Promise<Site> | undefined;

/**
 * The site's content, loaded once per build and checked as a whole. The one place
 * that calls getCollection: pages and components ask this module.
 */
export function loadSite(): Promise<Site> {
  cached ??= (async () => {
    const [pages, plans, commitments, institutions, sources, events, changes] = await Promise.all([
      getCollection('pages'),
      getCollection('plans'),
      getCollection('commitments'),
      getCollection('institutions'),
      getCollection('sources'),
      getCollection('events'),
      getCollection('changes'),
    ]);
    return assembleSite({ pages, plans, commitments, institutions, sources, events, changes });
  })();
  return cached;
}

/**
 * What most components start with: the language's `t()`, the site, the deployment base, and
 * `href(key)`, the address of a page of the site in that language.
 */
export async function pageContext(lang: Locale) {
  const site = await loadSite();
  const base = import.meta.env.BASE_URL;
  return { t: useTranslations(lang), site, base, href: (key: string) => withBase(site.route(key, lang)!.href, base) };
}
