import type { Locale } from '../i18n/locales';
import { navigationItems } from './layout-links';
import type { RouteShell } from './routes';

/** What navigation needs of a route: its key, its parent's key and its address. */
type NavRoute = Pick<RouteShell, 'key' | 'parent' | 'href' | 'label'>;

interface RouteLookup<R extends NavRoute> {
  route(key: string, lang: Locale): R | undefined;
}

/**
 * The navigation for a page: each item's route, and whether the current page is that
 * item (`page`), inside its section (`section`) or elsewhere.
 */
export function mainNavigation<R extends NavRoute>(
  site: RouteLookup<R>,
  lang: Locale,
  current: R | undefined,
) {
  // Only the nearest menu item above the page is its section: a plan is under "Action plans", not also "Latvia in OGP".
  const keys = new Set<string>(navigationItems.map((item) => item.key));
  let section: string | undefined;
  const seen = new Set<string>();
  for (
    let route: R | undefined = current;
    route && !section && !seen.has(route.key);
    route = route.parent ? site.route(route.parent, lang) : undefined
  ) {
    seen.add(route.key);
    if (keys.has(route.key)) section = route.key;
  }
  return navigationItems.flatMap(({ key, label }) => {
    const route = site.route(key, lang);
    if (!route) return [];
    const state = current?.key === key ? 'page' : section === key ? 'section' : 'none';
    return [{ route, label, state } as const];
  });
}

/**
 * The breadcrumb trail of a route: home first, the route itself last.
 * A parent cycle stops the walk instead of looping.
 */
export function trailOf<R extends NavRoute & { lang: Locale }>(
  site: RouteLookup<R>,
  route: R,
): R[] {
  const trail: R[] = [];
  const seen = new Set<string>();
  for (
    let r: R | undefined = route;
    r && !seen.has(r.key);
    r = r.parent ? site.route(r.parent, route.lang) : undefined
  ) {
    seen.add(r.key);
    trail.unshift(r);
  }
  return trail;
}
