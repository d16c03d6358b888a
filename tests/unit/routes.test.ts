import { describe, expect, it } from 'vitest';
import { pairPages } from '../../src/lib/pairing';
import { buildRoutes, parseContentLink, type RoutablePage } from '../../src/lib/routes';

const pages: [string, RoutablePage][] = [
  ['lv/index', { title: 'Sākums', path: '' }],
  ['en/index', { title: 'Home', path: '' }],
  ['lv/plans/index', { title: 'Rīcības plāni', path: 'plani' }],
  ['en/plans/index', { title: 'Action plans', path: 'plans' }],
  ['lv/commitments/index', { title: 'Apņemšanās', path: 'apnemsanas', parent: 'plans/index' }],
  ['en/commitments/index', { title: 'Commitments', path: 'commitments', parent: 'plans/index' }],
];

function routesOf(extra: [string, RoutablePage][] = []) {
  const all = [...pages, ...extra];
  return buildRoutes({
    pairs: pairPages(all.map(([id]) => ({ id }))).pairs,
    pages: new Map(all),
    plans: [
      {
        id: 'plan-2',
        title: { lv: 'Otrais plāns', en: 'Second plan' },
        label: { lv: 'Otrais', en: 'Second' },
      },
    ],
    commitments: [
      {
        id: 'lv0029',
        plan: '2',
        title: { lv: 'Portāls', en: 'Portal' },
        label: { lv: 'LV0029', en: 'LV0029' },
      },
    ],
  });
}

describe('routes', () => {
  it('give each language its own localised URL', () => {
    const { routes, problems } = routesOf();
    expect(problems).toEqual([]);
    const hrefs = routes.map((r) => r.href);
    expect(hrefs).toContain('/lv/plani/');
    expect(hrefs).toContain('/en/plans/');
  });

  it('put plans and commitments under their section page in each language', () => {
    const { routes } = routesOf();
    const plan = routes.filter((r) => r.key === 'plan/2').map((r) => r.href);
    const commitment = routes.filter((r) => r.key === 'commitment/lv0029').map((r) => r.href);
    expect(plan).toEqual(['/lv/plani/2/', '/en/plans/2/']);
    expect(commitment).toEqual(['/lv/apnemsanas/lv0029/', '/en/commitments/lv0029/']);
    // Breadcrumbs follow the main navigation, where the register is a section of its own.
    expect(routes.find((r) => r.key === 'commitment/lv0029')?.parent).toBe('commitments/index');
    expect(routes.find((r) => r.key === 'plan/2')?.parent).toBe('plans/index');
  });

  it('report two pages that claim the same address', () => {
    const { problems } = routesOf([
      ['lv/other', { title: 'Cits', path: 'plani', filePath: 'content/pages/lv/other.mdx' }],
      ['en/other', { title: 'Other', path: 'other' }],
    ]);
    expect(problems).toEqual([
      'lv/plans/index: field "path" gives /lv/plani/, which content/pages/lv/other.mdx already uses. Choose another path.',
    ]);
  });

  it('read content links to pages, plans and commitments', () => {
    expect(parseContentLink('page:principles/openness#history')).toEqual({
      key: 'principles/openness',
      hash: '#history',
    });
    expect(parseContentLink('plan:2')).toEqual({ key: 'plan/2', hash: '' });
    expect(parseContentLink('commitment:lv0029')).toEqual({ key: 'commitment/lv0029', hash: '' });
    expect(parseContentLink('https://example.org')).toBeUndefined();
  });
});
