import type { TFunction } from 'i18next';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import type { Route } from './routes';
import type { Site } from './site';
import { withBase } from './urls';

/** What every page, component and endpoint knows about the page being built: `Astro.locals`. */
export interface PageContext {
  /** The whole site, checked and routed. */
  site: Site;
  /** The day the site is built, in Latvia (YYYY-MM-DD; OGP_BUILD_DATE in tests): what "open now" is for. */
  today: string;
  /** The page's language. Throws on the pages outside the languages (`/`, the site-wide 404). */
  lang: Locale;
  /** The UI strings of the page's language. */
  t: TFunction;
  /** The route being rendered. Throws where there is none (endpoints, `/`). */
  route: Route;
  /**
   * A site path with the deployment base.
   * @example url('/lv/rss.xml') // '/ogp/lv/rss.xml' when published under /ogp/
   */
  url: (path: string) => string;
  /**
   * The address of a page of the site in the page's language, with the base. An unknown key
   * throws, naming the key and the language: a link never silently leads elsewhere.
   * @example href('principles/openness', '#history') // '/lv/principi/atklatiba/#history'
   */
  href: (key: string, hash?: string) => string;
}

/**
 * The context of one page. `lang` and `route` are read lazily, so a page that has no
 * language or route works until something asks for one, and then fails with the reason.
 */
export function createPageContext(input: {
  site: Site;
  base: string;
  at: string;
  today: string;
  lang?: Locale | undefined;
  route?: Route | undefined;
}): PageContext {
  const { site, base, at } = input;
  const missing = (what: string, why: string) =>
    new Error(`Astro.locals.${what} is not available on ${at}: ${why}`);
  const lang = () => {
    if (input.lang === undefined) throw missing('lang', 'this address is outside the languages.');
    return input.lang;
  };
  let t: TFunction | undefined;
  return {
    site,
    today: input.today,
    get lang() {
      return lang();
    },
    get t() {
      t ??= useTranslations(lang());
      return t;
    },
    get route() {
      if (input.route === undefined)
        throw missing('route', 'it is not rendered from a route of the site.');
      return input.route;
    },
    url: (path) => withBase(path, base),
    href: (key, hash = '') => {
      const route = site.route(key, lang());
      if (!route)
        throw new Error(
          `${at} links to page "${key}", which does not exist in language "${lang()}".`,
        );
      return withBase(route.href, base) + hash;
    },
  };
}
