/**
 * The site's search in the browser, shared by the header box and the search page. Loads
 * nothing until the visitor shows they mean to search (see `loadSearch`): then Pagefind, its
 * WebAssembly and the index metadata of the page's language, and the language's search data.
 * Latvian queries are stemmed here, synonyms tried, and mistyped words corrected; see docs/search.md.
 */
import { pluralText } from '../lib/plural';
import { queryPlan, words, type PlanRules } from '../lib/search/query';
import type { SearchData } from '../lib/search/search-data';
import { nearestWord, wordIndex, type Vocabulary, type WordIndex } from '../lib/search/typos';
import { wordKey } from '../lib/search/word-keys';

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
  /** Starts loading the language's WebAssembly and index metadata. */
  init(): Promise<void>;
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
  /** When no page had a word of the query, the query with its words corrected, as searched. */
  corrected?: string;
}

/** Where the search files are: read from the element that carries `data-search-bundle`. */
export interface SearchPlace {
  bundle: string;
  base: string;
  lang: string;
}

let engine: Promise<{ pagefind: Pagefind; data: SearchData }> | undefined;

/**
 * Loads Pagefind and the search data once per page view, and starts Pagefind loading its
 * WebAssembly and the index metadata. Called as soon as the visitor shows intent (the pointer
 * over the field, focus, `/` or Ctrl+K), so that by the first keystroke most of it is there.
 */
export function loadSearch(place: SearchPlace) {
  engine ??= (async () => {
    const [pagefind, data] = await Promise.all([
      (import(/* @vite-ignore */ `${place.bundle}pagefind.js`) as Promise<Pagefind>).then(
        async (pagefind) => {
          await pagefind.options({ baseUrl: place.base, excerptLength: 24 });
          await pagefind.init();
          return pagefind;
        },
      ),
      fetch(`${place.base}${place.lang}/search.json`).then((r) => {
        if (!r.ok) throw new Error(`search.json: ${r.status}`);
        return r.json() as Promise<SearchData>;
      }),
    ]);
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
 * Starts loading the search and the vocabulary, for when the visitor shows intent; a failure
 * shows at the first search.
 */
export function warmUp(place: SearchPlace): void {
  loadSearch(place)
    .then(({ data }) => loadVocabulary(place, data))
    .catch(() => {});
}

let vocabulary: Promise<WordIndex> | undefined;

/** The words of the language's index (a few KB), fetched once the visitor shows intent to search. */
function loadVocabulary(place: SearchPlace, data: SearchData): Promise<WordIndex> {
  vocabulary ??= fetch(`${place.bundle}${data.vocabulary}`)
    .then((r) => {
      if (!r.ok) throw new Error(`${data.vocabulary}: ${r.status}`);
      return r.json() as Promise<Vocabulary>;
    })
    .then((v) => wordIndex(v, data.stem))
    .catch((error: unknown) => {
      vocabulary = undefined;
      throw error;
    });
  return vocabulary;
}

/**
 * The query with each word the index lacks replaced by the nearest word it has, or undefined
 * when no word needs it.
 */
async function correctedQuery(
  place: SearchPlace,
  data: SearchData,
  query: string,
): Promise<string | undefined> {
  const index = await loadVocabulary(place, data);
  // Stop words and the words of synonyms and abbreviations are taken as typed: a query may name
  // a term the pages never use (`whistle-blower`), and the synonym is what finds them.
  const asTyped = new Set([
    ...data.stopWords,
    ...[...data.synonyms.flat(), ...Object.keys(data.abbreviations)].flatMap((term) =>
      words(term).map((w) => wordKey(w, data.stem)),
    ),
  ]);
  let changed = false;
  const fixed = words(query).map((word) => {
    const nearest =
      asTyped.has(word) || asTyped.has(wordKey(word, data.stem))
        ? undefined
        : nearestWord(word, index, data.stem);
    if (nearest) changed = true;
    return nearest ?? word;
  });
  return changed ? fixed.join(' ') : undefined;
}

/** The rules for reading a query in the search data's language. */
function rulesOf(data: SearchData): PlanRules {
  return {
    stem: data.stem,
    abbreviations: data.abbreviations,
    synonyms: data.synonyms,
    stopWords: data.stopWords,
  };
}

/** Below this many pages, a query is also searched in its other readings. */
const FEW = 5;

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
 * Searches for a query as `queryPlan` reads it: unless `exact`, with each word the index lacks
 * corrected to its nearest index word; at once the query and its synonyms and spelled-out
 * abbreviations; only when those find few pages, the other readings of its word endings.
 * Keeps each page once at its best score and loads the `limit` best; `load` fetches more.
 */
export async function searchSite(
  place: SearchPlace,
  query: string,
  limit: number,
  filters: Record<string, string[]> = {},
  exact = false,
): Promise<Found> {
  const { pagefind, data } = await loadSearch(place);
  // Pagefind answers a word it lacks with whatever shares its first letters, so the words are
  // checked against the vocabulary (loaded with the search) before searching, not after.
  const fixed = exact ? undefined : await correctedQuery(place, data, query).catch(() => undefined);
  const plan = queryPlan(fixed ?? query, rulesOf(data));
  // Within one filter, any chosen value will do (a page has one kind and one plan); across filters, all must hold.
  const active = Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
  const run = (queries: string[]) =>
    Promise.all(queries.map((q) => pagefind.search(q, { filters: active })));
  const searches = await run(plan.queries);
  const pages = () => new Set(searches.flatMap((s) => s.results.map((r) => r.id))).size;
  if (plan.fallback.length > 0 && pages() < FEW) searches.push(...(await run(plan.fallback)));
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
    ...(fixed ? { corrected: fixed } : {}),
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
