import type { Locale } from '../i18n/locales';
import type { Route } from './routes';

/** Main navigation: page keys and the UI string that labels each. */
export const navigationItems = [
  { key: 'ogp/index', label: 'nav.ogp' },
  { key: 'principles/index', label: 'nav.principles' },
  { key: 'latvia/index', label: 'nav.latvia' },
  { key: 'plans/index', label: 'nav.plans' },
  { key: 'participate/index', label: 'nav.participate' },
] as const;

interface RouteLookup {
  route(key: string, lang: Locale): Route | undefined;
}

/**
 * The navigation for a page: each item's route, and whether the current page is that
 * item (`page`), inside its section (`section`) or elsewhere.
 */
export function mainNavigation(site: RouteLookup, lang: Locale, current: Route | undefined) {
  // Only the nearest menu item above the page is its section: a plan is under "Action plans", not also "Latvia in OGP".
  const keys = new Set<string>(navigationItems.map((item) => item.key));
  let section: string | undefined;
  for (let route = current; route && !section; route = route.parent ? site.route(route.parent, lang) : undefined) {
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
export function trailOf(site: RouteLookup, route: Route): Route[] {
  const trail: Route[] = [];
  const seen = new Set<string>();
  for (let r: Route | undefined = route; r && !seen.has(r.key); r = r.parent ? site.route(r.parent, route.lang) : undefined) {
    seen.add(r.key);
    trail.unshift(r);
  }
  return trail;
}
