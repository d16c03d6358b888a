import type { TFunction } from 'i18next';
import { ruleOf } from './page-kinds';
import { kindOf, type Route } from './routes';

/**
 * The meta description of a route: a prose page's own, or one made from the record's title
 * (and OGP ID, where it is known).
 */
export function descriptionOf(route: Route, t: TFunction): string {
  if (route.type === 'page') return route.entry.data.description;
  if (route.type === 'commitment' && route.label === route.title)
    return t('meta.commitmentDescriptionNoId', { title: route.title });
  return t(`meta.${route.type}Description`, { title: route.title, id: route.label });
}

/** Whether a route has an address of its own: the 404 page answers for any address, so it claims none. */
export function claimsAddress(route: Route): boolean {
  return ruleOf(kindOf(route)).fixedPath === undefined;
}
