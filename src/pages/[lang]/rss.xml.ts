import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localeCodes, locales } from '../../i18n/locales';

/** /LANG/rss.xml: what changed on the site, newest first, from content/data/changes. */
export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ site: siteUrl, locals: { lang, t, site, href } }) => {
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: new URL(href(site.pageOfKind('home', lang).key), siteUrl).href,
    customData: `<language>${locales[lang].lang}</language>`,
    items: site.changes.map(({ id, data }) => ({
      title: data.title[lang],
      description: data.summary[lang],
      pubDate: new Date(`${data.date}T00:00:00Z`),
      link: href(data.page),
      categories: [t(`feed.kind.${data.kind}`)],
      // The entry's own ID, so two entries about the same page stay two entries in feed readers.
      customData: `<guid isPermaLink="false">${id}.${lang}</guid>`,
    })),
  });
};
