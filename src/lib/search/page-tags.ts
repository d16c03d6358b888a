import type { PageData } from '../../schemas/page';
import type { Route } from '../routes';
import type { SearchKind } from './search-data';

/** What the search index records of a page besides its text: its kind, and the filters it answers to. */
export interface PageTags {
  kind: SearchKind;
  filters: [name: string, value: string][];
}

const KIND_OF_PAGE: Partial<Record<PageData['kind'], SearchKind>> = {
  principle: 'principle',
  participation: 'participation',
};

/**
 * The search tags of a route: prose pages by their kind, plans by number, commitments by plan
 * and principle, so results can be filtered.
 */
export function pageTags(
  route: Route,
  details: { pageKind?: PageData['kind'] | undefined; plan?: number | undefined; principles?: readonly string[] | undefined },
): PageTags {
  if (route.type === 'plan') return { kind: 'plan', filters: [['kind', 'plan'], ['plan', String(details.plan)]] };
  if (route.type === 'commitment') {
    return {
      kind: 'commitment',
      filters: [['kind', 'commitment'], ['plan', String(details.plan)], ...(details.principles ?? []).map((p): [string, string] => ['principle', p])],
    };
  }
  const kind = KIND_OF_PAGE[details.pageKind ?? 'article'] ?? 'page';
  return { kind, filters: [['kind', kind]] };
}
