/**
 * The site's search in the browser, shared by the header box and the search page. Loads
 * nothing until the first search: then Pagefind (the index of the page's language) and the
 * language's search data. Latvian queries are stemmed here; see docs/search.md.
 */
import { pluralText } from '../lib/plural';
import { queryVariants } from '../lib/search/query';
import type { SearchData } from '../lib/search/search-data';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

// Pagefind 1.x's search response (PagefindSearchResults in its types), less its timings.
interface PagefindSearch {
  results: PagefindResult[];
  /** How many pages the query finds if the filters are left out. */
  unfilteredResultCount: number;
  /** For each filter and value, how many of the results have it. */
  filters: Record<string, Record<string, number>>;
  /** The same counts as if the filters were left out. */
  totalFilters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** One page found, ready to show. */
export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  kind: string;
  sections: { title: string; url: string; excerpt: string }[];
}

export interface Found {
  /** How many pages were found, with the chosen filters. */
  total: number;
  /** The best pages, as many as were asked for. */
  hits: Hit[];
  /** Loads the pages ranked from `start` up to, not including, `end`: the next ones to show. */
  load(start: number, end: number): Promise<Hit[]>;
  /** For each filter and value, how many pages the query finds with it, whatever filters are chosen. */
  counts: Record<string, Record<string, number>>;
  /** Whether the query finds anything once the chosen filters are left out. */
  foundUnfiltered: boolean;
}

/** Where the search files are: read from the element that carries `data-search-bundle`. */
export interface SearchPlace {
  bundle: string;
  base: string;
  lang: string;
}

let engine: Promise<{ pagefind: Pagefind; data: SearchData }> | undefined;

/** Loads Pagefind and the search data once per page view. */
export function loadSearch(place: SearchPlace) {
  engine ??= (async () => {
    const [pagefind, data] = await Promise.all([
      import(/* @vite-ignore */ `${place.bundle}pagefind.js`) as Promise<Pagefind>,
      fetch(`${place.base}${place.lang}/search.json`).then((r) => {
        if (!r.ok) throw new Error(`search.json: ${r.status}`);
        return r.json() as Promise<SearchData>;
      }),
    ]);
    await pagefind.options({ baseUrl: place.base, excerptLength: 24 });
    return { pagefind, data };
  })().catch((error: unknown) => {
    // A failed load is not kept: the next search tries again.
    engine = undefined;
    throw error;
  });
  return engine;
}

let filterIndex: Promise<unknown> | undefined;

/**
 * Loads Pagefind's filter index once; after it, every search reports how many results each
 * filter value has. Only the search page needs it: the header box does not wait for it.
 */
export async function loadFilters(place: SearchPlace): Promise<void> {
  filterIndex ??= loadSearch(place)
    .then(({ pagefind }) => pagefind.filters())
    .catch((error: unknown) => {
      filterIndex = undefined;
      throw error;
    });
  await filterIndex;
}

/**
 * Searches in every reading of the query (stems, hard consonants, abbreviations spelled out),
 * keeps each page once at its best score, and loads the `limit` best; `load` fetches more.
 */
export async function searchSite(
  place: SearchPlace,
  query: string,
  limit: number,
  filters: Record<string, string[]> = {},
): Promise<Found> {
  const { pagefind, data } = await loadSearch(place);
  const variants = queryVariants(query, data);
  if (variants.length === 0)
    return {
      total: 0,
      hits: [],
      load: () => Promise.resolve([]),
      counts: {},
      foundUnfiltered: false,
    };
  // Within one filter, any chosen value will do (a page has one kind and one plan); across filters, all must hold.
  const active = Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
  const searches = await Promise.all(variants.map((v) => pagefind.search(v, { filters: active })));
  const best = new Map<string, PagefindResult>();
  for (const { results } of searches) {
    for (const result of results) {
      const known = best.get(result.id);
      if (!known || known.score < result.score) best.set(result.id, result);
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  // A filter value counts if any reading of the query found pages with it. Pagefind's
  // totalFilters gives the counts without the chosen filters, so no second search is needed.
  const counts: Found['counts'] = {};
  for (const { totalFilters } of searches) {
    for (const [name, values] of Object.entries(totalFilters)) {
      const merged = (counts[name] ??= {});
      for (const [value, count] of Object.entries(values))
        merged[value] = Math.max(merged[value] ?? 0, count);
    }
  }
  const load = (start: number, end: number) => Promise.all(ranked.slice(start, end).map(hitOf));
  return {
    total: ranked.length,
    hits: await load(0, limit),
    load,
    counts,
    foundUnfiltered: searches.some((s) => s.unfilteredResultCount > 0),
  };
}

async function hitOf(result: PagefindResult): Promise<Hit> {
  const d = await result.data();
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    excerpt: d.excerpt,
    kind: d.meta.kind ?? 'page',
    sections: (d.sub_results ?? [])
      .filter((s) => s.url !== d.url && s.url.includes('#'))
      .slice(0, 3),
  };
}

/** A count phrase from the search data ("N results" unless `key` names another) in the page's language, with its plural rules. */
export function countText(data: SearchData, count: number, key = 'search.results'): string {
  return pluralText(data.pluralLocale, count, (form) => data.strings[`${key}_${form}`]);
}
