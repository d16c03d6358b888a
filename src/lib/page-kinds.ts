import type { PageData } from '../schemas/page';
import { contentDir } from './content-dir';
import type { SearchKind } from './search/search-data';

/** What a page of a kind adds below its prose: a generated list, table or form. */
export type PagePart =
  | 'home-front'
  | 'child-pages'
  | 'principle-commitments'
  | 'plan-list'
  | 'plan-table'
  | 'register'
  | 'institution-list'
  | 'plan-comparison'
  | 'data-downloads'
  | 'event-list'
  | 'search-panel'
  | 'all-pages'
  | 'source-index'
  | 'upcoming-events'
  | 'participation-lead';

/** The rules a kind of page follows, wherever the site treats it differently. */
export interface KindRule {
  /** The generated part the page view adds below the prose, if any. */
  part?: PagePart;
  /** The generated part the page view puts first, between the title and the prose, if any. */
  lead?: PagePart;
  /** Whether the page's source list is folded into a `<details>` with its count. */
  foldSources?: boolean;
  /** Whether search indexes the page's main content. */
  indexed: boolean;
  /** Whether the page states facts, and so must list its sources. */
  needsSources: boolean;
  /** How search results and share images label the page. */
  searchKind: SearchKind;
  /** The layout links to this page from every page, so each language must have exactly one. */
  linkedFromLayout: boolean;
  /**
   * Where a page of this kind must live: the 404 page answers for every missing address, so
   * static servers find it at `LANG/404.html`. Such a page claims no address of its own:
   * no canonical link, no twins, no share image, no place in the sitemap.
   */
  fixedPath?: string;
}

/** The path of every language's 404 page; the build moves `LANG/404/index.html` to `LANG/404.html`. */
export const NOT_FOUND_PATH = '404';

const prose = {
  indexed: true,
  needsSources: true,
  searchKind: 'page',
  linkedFromLayout: false,
} as const;
const utility = { indexed: false, needsSources: false, searchKind: 'page' } as const;

/** The one table of page kinds: prose pages by their `kind`, generated pages by their route type. */
export const pageKinds = {
  home: { ...prose, part: 'home-front', linkedFromLayout: true },
  article: prose,
  principles: { ...prose, part: 'child-pages' },
  principle: { ...prose, part: 'principle-commitments', searchKind: 'principle' },
  latvia: { ...prose, part: 'plan-list' },
  plans: { ...prose, part: 'plan-table' },
  commitments: { ...prose, part: 'register' },
  institutions: { ...prose, part: 'institution-list' },
  comparison: { ...prose, part: 'plan-comparison' },
  data: { ...prose, part: 'data-downloads' },
  events: { ...prose, lead: 'event-list' },
  participation: {
    ...prose,
    lead: 'participation-lead',
    part: 'upcoming-events',
    foldSources: true,
    searchKind: 'participation',
  },
  about: { ...prose, part: 'source-index' },
  search: { ...utility, part: 'search-panel', linkedFromLayout: true },
  sitemap: { ...utility, part: 'all-pages', linkedFromLayout: true },
  'not-found': { ...utility, linkedFromLayout: true, fixedPath: NOT_FOUND_PATH },
  plan: { ...prose, searchKind: 'plan' },
  commitment: { ...prose, searchKind: 'commitment' },
  institution: prose,
} as const satisfies Record<PageData['kind'] | 'plan' | 'commitment' | 'institution', KindRule>;

/** A kind of the table: a prose page's `kind`, or `plan`, `commitment`, `institution`. */
export type PageKind = keyof typeof pageKinds;

/** The rules of a kind, typed as the table's common shape. */
export const ruleOf = (kind: PageKind): KindRule => pageKinds[kind];

/** Keys of the pages the layout links to by kind: home, search, the list of all pages, 404. */
const layoutKinds = (Object.keys(pageKinds) as PageKind[]).filter(
  (kind) => ruleOf(kind).linkedFromLayout,
);

/**
 * The checks the table makes of the prose pages of one language: a kind with a fixed path
 * lives there, and each kind the layout links to exists exactly once.
 */
export function checkPageKinds(
  pages: { filePath?: string | undefined; id: string; data: Pick<PageData, 'kind' | 'path'> }[],
  lang: string,
): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const fixed = ruleOf(page.data.kind).fixedPath;
    if (fixed !== undefined && page.data.path !== fixed) {
      problems.push(
        `${page.filePath ?? page.id}: field "path" is "${page.data.path}", but a page of \`kind: ${page.data.kind}\` must have \`path: '${fixed}'\`, where static servers look for it.`,
      );
    }
  }
  for (const kind of layoutKinds) {
    const found = pages.filter((p) => p.data.kind === kind);
    if (found.length === 0) {
      const fixed = ruleOf(kind).fixedPath;
      problems.push(
        fixed === undefined
          ? `${contentDir}/pages/${lang}/ has no page of \`kind: ${kind}\`: every page links to it. Add one.`
          : `${contentDir}/pages/${lang}/ has no page of \`kind: ${kind}\`: static servers show it for every address that does not exist. Add ${contentDir}/pages/${lang}/${fixed}.mdx with \`kind: ${kind}\` and \`path: '${fixed}'\`.`,
      );
    } else if (found.length > 1) {
      problems.push(
        `${found.map((p) => p.filePath ?? p.id).join(', ')}: only one page in each language can be of \`kind: ${kind}\`.`,
      );
    }
  }
  return problems;
}
