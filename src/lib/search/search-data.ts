import { locales, otherLocales, type Locale } from '../../i18n/locales';
import type { Site } from '../site';
import { pagePath } from '../urls';
import { principleIds } from '../../schemas/vocabulary';
import { vocabularyFile } from '../../integrations/search-vocabulary';
import { words } from './query';
import { STOP_WORDS } from './stop-words';

/** What the search code fetches once, when a visitor first searches: per language, never in every page. */
export interface SearchData {
  lang: Locale;
  /** Stem Latvian words before asking Pagefind (English pages have Pagefind's own stemmer). */
  stem: boolean;
  /** Lower-case abbreviation → what it stands for, from the institutions' data. */
  abbreviations: Record<string, string>;
  /** Groups of words that mean the same, site's wording first (content/data/search-terms). */
  synonyms: string[][];
  /** Words left out of a query that has others ("how", "to", "kā"). */
  stopWords: readonly string[];
  /** The vocabulary file in Pagefind's folder, fetched only when a query word matches nothing. */
  vocabulary: string;
  /** Plural rules' locale; `strings` has the forms of "N results" and "N more results shown" for it. */
  pluralLocale: string;
  strings: Record<string, string>;
  /** Labels of filter values: kinds, plans, principles. */
  labels: Record<string, Record<string, string>>;
  /** The same search in the other languages, for when nothing is found here; `lang` is the BCP 47 tag. */
  elsewhere: { lang: string; name: string; searchPath: string; prompt: string }[];
}

/** The kinds of page a result can be, for its label and the kind filter. */
export const SEARCH_KINDS = ['principle', 'plan', 'commitment', 'participation', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

// The search page renders its own loading and error texts: they are needed before this file has loaded.
const SEARCH_STRINGS = [
  'search.none',
  'search.showAll',
  'search.listLabel',
  'search.filters',
  'search.filter.kind',
  'search.filter.plan',
  'search.filter.principle',
  'search.sections',
  'search.correctedTo',
  'search.searchExact',
];

/** Builds the search data for one language from the content and the raw UI dictionaries. */
export function searchData(
  site: Site,
  lang: Locale,
  dictionaries: Record<Locale, Record<string, string>>,
): SearchData {
  const raw = (key: string, inLang: Locale = lang) => {
    const value = dictionaries[inLang][key];
    if (value === undefined)
      throw new Error(`UI string "${key}" is missing from src/i18n/ui/${inLang}.json`);
    return value;
  };
  const abbreviations: Record<string, string> = {};
  for (const institution of site.institutions.values()) {
    const short = institution.abbreviation?.[lang];
    if (short && words(short).length === 1)
      abbreviations[words(short)[0]!] = institution.name[lang];
  }
  const forms = new Intl.PluralRules(locales[lang].intl).resolvedOptions().pluralCategories;
  // Raw dictionary text: the browser fills in {{count}} itself.
  const keys = [
    ...SEARCH_STRINGS,
    ...forms.flatMap((f) => [`search.results_${f}`, `search.moreShown_${f}`]),
  ];
  const strings = Object.fromEntries(keys.map((key) => [key, raw(key)]));
  return {
    lang,
    stem: locales[lang].stemQueries,
    abbreviations,
    synonyms: site.searchTerms.flatMap((group) => (group[lang] ? [group[lang]] : [])),
    stopWords: STOP_WORDS[lang] ?? [],
    vocabulary: vocabularyFile(locales[lang].lang),
    pluralLocale: locales[lang].intl,
    strings,
    labels: {
      kind: Object.fromEntries(SEARCH_KINDS.map((k) => [k, raw(`search.kind.${k}`)])),
      plan: Object.fromEntries(site.plans.map((p) => [String(p.data.number), p.data.name[lang]])),
      principle: Object.fromEntries(principleIds.map((p) => [p, raw(`principle.${p}`)])),
    },
    elsewhere: otherLocales(lang).map((other) => ({
      lang: locales[other].lang,
      name: locales[other].name,
      searchPath: site.route('search', other)?.href ?? pagePath(other, ''),
      prompt: raw('search.tryHere', other),
    })),
  };
}
