import { locales, type Locale } from '../i18n/locales';
import type { Route } from './routes';

/**
 * schema.org JSON-LD for a page: the organisation behind the site, the site, the page
 * itself (an Article, or the WebSite's home page) and its breadcrumb trail.
 */
export function structuredData(input: {
  lang: Locale;
  title: string;
  description: string;
  self: Route | undefined;
  trail: Route[];
  siteName: string;
  url: (sitePath: string) => string;
}) {
  const home = input.url(`/${input.lang}/`);
  const organization = {
    '@type': 'Organization',
    '@id': `${home}#organization`,
    name: input.siteName,
    url: home,
  };
  const website = {
    '@type': 'WebSite',
    '@id': `${home}#website`,
    name: input.siteName,
    url: home,
    inLanguage: locales[input.lang].lang,
    publisher: { '@id': organization['@id'] },
  };
  const graph: Record<string, unknown>[] = [organization, website];
  if (input.self) {
    const url = input.url(input.self.href);
    graph.push({
      '@type': input.self.key === 'index' ? 'WebPage' : 'Article',
      '@id': `${url}#page`,
      url,
      headline: input.title,
      name: input.title,
      description: input.description,
      inLanguage: locales[input.lang].lang,
      isPartOf: { '@id': website['@id'] },
      publisher: { '@id': organization['@id'] },
    });
    graph.push({
      '@type': 'BreadcrumbList',
      itemListElement: input.trail.map((route, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: route.label,
        item: input.url(route.href),
      })),
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no text in it can close the script element.
 * @example jsonForScript({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
