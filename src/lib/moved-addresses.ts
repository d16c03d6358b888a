import type { Route } from './routes';
import { pagePath } from './urls';

/** An address the site used to publish a page at, and where that page is now. */
export interface MovedAddress {
  from: string;
  to: string;
}

/**
 * The pages that have moved: prose pages from their `formerPaths`, and institution pages whose
 * address in some language is no longer their ID (before Latvian addresses,
 * `/lv/iestades/ministry-of-culture/` was the Ministry of Culture's page).
 * @example movedAddresses(routes) // [{ from: '/lv/iestades/ministry-of-culture/', to: '/lv/iestades/kulturas-ministrija/' }, …]
 */
export function movedAddresses(routes: readonly Route[]): MovedAddress[] {
  return routes.flatMap((route): MovedAddress[] => {
    if (route.type === 'page')
      return (route.entry.data.formerPaths ?? []).map((path) => ({
        from: pagePath(route.lang, path),
        to: route.href,
      }));
    if (route.type !== 'institution') return [];
    const from = route.href.replace(/[^/]+\/$/, `${route.entry.id}/`);
    return from === route.href ? [] : [{ from, to: route.href }];
  });
}

/** The list as plain text for server operators: one `old new` pair per line, after a comment. */
export function movedAddressesText(moved: readonly MovedAddress[]): string {
  return [
    '# Pages that moved: the old address, then the new one. Servers may redirect each old address to',
    '# the new one with 301; docs/hosting.md ("Pages that moved") shows how.',
    ...moved.map(({ from, to }) => `${from} ${to}`),
    '',
  ].join('\n');
}
