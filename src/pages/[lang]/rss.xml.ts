import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localeCodes, locales, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { loadSite } from '../../lib/content';
import { withBase } from '../../lib/urls';

/** /LANG/rss.xml: what changed on the site, newest first, from content/data/changes. */
export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const lang = params.lang as Locale;
  const t = useTranslations(lang);
  const site = await loadSite();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: new URL(withBase(site.route('index', lang)!.href, base), siteUrl).href,
    customData: `<language>${locales[lang].lang}</language>`,
    items: site.changes.map(({ id, data }) => ({
      title: data.title[lang],
      description: data.summary[lang],
      pubDate: new Date(`${data.date}T00:00:00Z`),
      link: withBase(site.route(data.page, lang)!.href, base),
      categories: [t(`feed.kind.${data.kind}`)],
      // The entry's own ID, so two entries about the same page stay two entries in feed readers.
      customData: `<guid isPermaLink="false">${id}.${lang}</guid>`,
    })),
  });
};
