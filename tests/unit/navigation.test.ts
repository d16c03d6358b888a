import { describe, expect, it } from 'vitest';
import { mainNavigation, trailOf } from '../../src/lib/navigation';
import type { RouteShell } from '../../src/lib/routes';

const route = (key: string, parent?: string): RouteShell => ({
  key,
  lang: 'lv',
  path: key,
  href: `/lv/${key}/`,
  type: 'page',
  entryId: `lv/${key}`,
  title: key,
  label: key,
  parent,
});
const routes = [
  route('index'),
  route('latvia/index', 'index'),
  route('plans/index', 'latvia/index'),
  route('plan/2', 'plans/index'),
  route('a', 'b'),
  route('b', 'a'),
];
const site = { route: (key: string) => routes.find((r) => r.key === key) };

describe('navigation', () => {
  it('builds the breadcrumb trail from home to the page', () => {
    expect(trailOf(site, routes[3]!).map((r) => r.key)).toEqual([
      'index',
      'latvia/index',
      'plans/index',
      'plan/2',
    ]);
  });

  it('stops at a parent cycle instead of looping', () => {
    expect(trailOf(site, routes[4]!).map((r) => r.key)).toEqual(['b', 'a']);
  });

  it('marks the current page and the nearest section it is in', () => {
    const items = mainNavigation(site, 'lv', routes[3]);
    expect(items.find((i) => i.route.key === 'plans/index')?.state).toBe('section');
    expect(items.find((i) => i.route.key === 'latvia/index')?.state).toBe('none');
    expect(
      mainNavigation(site, 'lv', routes[2]).find((i) => i.route.key === 'plans/index')?.state,
    ).toBe('page');
  });
});
