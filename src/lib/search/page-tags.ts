import { ruleOf } from '../page-kinds';
import { kindOf, type Route } from '../routes';
import type { SearchKind } from './search-data';

/** What the search index records of a page besides its text: its kind, and the filters it answers to. */
export interface PageTags {
  kind: SearchKind;
  filters: [name: string, value: string][];
}

/**
 * The search tags of a route: its kind from the page-kind table, plans by number,
 * commitments by plan and principle, so results can be filtered.
 */
export function pageTags(route: Route): PageTags {
  const kind = ruleOf(kindOf(route)).searchKind;
  if (route.type === 'plan')
    return {
      kind,
      filters: [
        ['kind', kind],
        ['plan', String(route.entry.data.number)],
      ],
    };
  if (route.type === 'commitment') {
    const { plan, principles } = route.entry.data;
    return {
      kind,
      filters: [
        ['kind', kind],
        ['plan', String(plan)],
        ...principles.map((p): [string, string] => ['principle', p]),
      ],
    };
  }
  return { kind, filters: [['kind', kind]] };
}
