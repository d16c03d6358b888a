import { defineMiddleware } from 'astro:middleware';
import { isLocale } from './i18n/locales';
import { buildDate } from './lib/build-date';
import { loadSite } from './lib/content';
import { createPageContext } from './lib/page-context';
import type { Route } from './lib/routes';

/**
 * Puts the page's context into `Astro.locals` before it renders (at build time for this
 * static site): the site, the language, `t()`, the route and URL helpers. Components read
 * it instead of receiving the language by hand.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const site = await loadSite();
  const props = context.props as { route?: Route } | undefined;
  const route = props?.route;
  const param = context.params.lang;
  const lang = route?.lang ?? (param !== undefined && isLocale(param) ? param : undefined);
  const pageContext = createPageContext({
    site,
    base: import.meta.env.BASE_URL,
    at: context.url.pathname,
    today: buildDate(),
    lang,
    route,
  });
  Object.defineProperties(context.locals, Object.getOwnPropertyDescriptors(pageContext));
  return next();
});
