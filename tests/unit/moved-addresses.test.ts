import { describe, expect, it } from 'vitest';
import { movedAddresses, movedAddressesText } from '../../src/lib/moved-addresses';
import { pairPages } from '../../src/lib/pairing';
import { buildRoutes, type RoutablePage, type RouteShell } from '../../src/lib/routes';
import type { Route } from '../../src/lib/routes';

const pages: [string, RoutablePage][] = [
  ['lv/index', { title: 'Sākums', path: '' }],
  ['en/index', { title: 'Home', path: '' }],
  ['lv/institutions/index', { title: 'Iestādes', path: 'iestades' }],
  ['en/institutions/index', { title: 'Institutions', path: 'institutions' }],
];

function institutionRoutes(slug?: { lv?: string }) {
  const { routes, problems } = buildRoutes({
    pairs: pairPages(pages.map(([id]) => ({ id }))).pairs,
    pages: new Map(pages),
    plans: [],
    commitments: [],
    institutions: [
      {
        id: 'ministry-of-culture',
        title: { lv: 'Kultūras ministrija', en: 'Ministry of Culture' },
        label: { lv: 'Kultūras ministrija', en: 'Ministry of Culture' },
        slug,
      },
    ],
  });
  expect(problems).toEqual([]);
  // The address logic reads only the route shell and the entry's ID.
  return routes.map(
    (r: RouteShell) => ({ ...r, entry: { id: r.entryId, data: {} } }) as unknown as Route,
  );
}

describe('institution addresses', () => {
  it('use the slug of a language where one is given, and the ID elsewhere', () => {
    const hrefs = institutionRoutes({ lv: 'kulturas-ministrija' })
      .filter((r) => r.type === 'institution')
      .map((r) => r.href);
    expect(hrefs).toEqual([
      '/lv/iestades/kulturas-ministrija/',
      '/en/institutions/ministry-of-culture/',
    ]);
  });

  it('list the old ID address of each page that has moved, and nothing for pages that have not', () => {
    expect(movedAddresses(institutionRoutes({ lv: 'kulturas-ministrija' }))).toEqual([
      { from: '/lv/iestades/ministry-of-culture/', to: '/lv/iestades/kulturas-ministrija/' },
    ]);
    expect(movedAddresses(institutionRoutes())).toEqual([]);
  });

  it('are written one pair per line after a comment, for server operators', () => {
    const text = movedAddressesText([{ from: '/a/', to: '/b/' }]);
    expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['/a/ /b/', '']);
  });
});
