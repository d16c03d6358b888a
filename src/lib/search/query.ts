import { consonantVariants, stemLatvian } from './latvian-stemmer';
import { withoutStopWords } from './stop-words';
import { fold, wordKey } from './word-keys';

/** How to read a query in one language. */
export interface QueryRules {
  /** Stem words (Latvian: our stemmer; English: Pagefind's own index stems, so no). */
  stem: boolean;
  /** Abbreviations in lower case and what they stand for, e.g. `vk` → `valsts kanceleja`. */
  abbreviations: Record<string, string>;
}

/** At most this many Pagefind searches for one query: each is a round of index lookups. */
export const MAX_VARIANTS = 6;

/**
 * Splits a query into lower-case words: letters and digits of any script, so `līdzdalība`
 * and `LV0029` stay whole and punctuation goes.
 * @example words('Trauksmes celšana, VK!') // ['trauksmes', 'celšana', 'vk']
 */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The Pagefind queries that together find what a person typing `text` means: every word cut
 * to its stem (Pagefind matches the stem as the start of a word, so `plān` finds `plāna`,
 * `plānā` and `plāni`), softened consonants also tried hard (`iestāž` → `iestād`), and
 * abbreviations also tried spelled out. The plain stemmed query comes first.
 * @example queryVariants('plāns', { stem: true, abbreviations: {} }) // ['plān']
 * @example queryVariants('VK ziņojumi', { stem: true, abbreviations: { vk: 'valsts kanceleja' } })
 *   // ['vk ziņojum', 'valst kancelej ziņojum']
 */
export function queryVariants(text: string, rules: QueryRules): string[] {
  const perWord = words(text).map((word) => {
    const spelled = rules.abbreviations[word];
    const phrases = spelled ? [[word], words(spelled)] : [[word]];
    return phrases.flatMap((phrase) => {
      if (!rules.stem) return [phrase.join(' ')];
      const options = phrase.map((w) => consonantVariants(stemLatvian(w)));
      // The first option of every word, then each word's other options one at a time.
      const primary = options.map((o) => o[0]!);
      const others = options.flatMap((o, i) =>
        o.slice(1).map((alt) => primary.map((p, j) => (j === i ? alt : p))),
      );
      return [primary, ...others].map((ws) => ws.join(' '));
    });
  });
  if (perWord.length === 0) return [];
  let variants: string[] = [''];
  for (const options of perWord) {
    variants = variants.flatMap((prefix) =>
      options.map((option) => (prefix ? `${prefix} ${option}` : option)),
    );
    if (variants.length > MAX_VARIANTS * 4) variants = variants.slice(0, MAX_VARIANTS * 4);
  }
  return [...new Set(variants)].slice(0, MAX_VARIANTS);
}

/** How to read a query in one language, with the words that mean the same and the words to leave out. */
export interface PlanRules extends QueryRules {
  /** Groups of words or phrases that mean the same, the site's own wording first. */
  synonyms: string[][];
  /** Words that say nothing of what is sought, left out of a query that has others. */
  stopWords: readonly string[];
}

/** The Pagefind searches for one query, cheapest first. */
export interface QueryPlan {
  /** The query's words, stop words left out. */
  words: string[];
  /** Searched at once: the query, then the query with a synonym or a spelled-out abbreviation in place. */
  queries: string[];
  /** Searched only when those find few pages: the query with softened consonants made hard. */
  fallback: string[];
}

/** At most this many readings of a query with synonyms or abbreviations in place. */
export const MAX_ALTERNATIVES = 3;

/** Where the run of keys `part` starts in `keys` (each query word with the keys it may have), or -1. */
function runIndex(keys: string[][], part: string[]): number {
  for (let at = 0; at + part.length <= keys.length; at++)
    if (part.every((key, i) => keys[at + i]!.includes(key))) return at;
  return -1;
}

/** The keys a query word may have: a softened final consonant of a Latvian stem may be hard in the term. */
function queryKeys(word: string, stem: boolean): string[] {
  return stem ? consonantVariants(stemLatvian(word)).map(fold) : [wordKey(word, stem)];
}

/**
 * The query's words with a term that means the same in place of one it names: from the groups
 * of synonyms (both ways, the site's own wording first) and from abbreviations (spelled out).
 * Word forms count as the same (`municipalities` names `municipality`).
 * @example alternatives(['municipalities', 'openness'], { stem: false, abbreviations: {}, synonyms: [['local government', 'municipality']], stopWords: [] })
 *   // [['local', 'government', 'openness']]
 */
export function alternatives(queryWords: string[], rules: PlanRules): string[][] {
  const keys = queryWords.map((w) => queryKeys(w, rules.stem));
  const groups = [
    ...rules.synonyms,
    ...Object.entries(rules.abbreviations).map(([short, spelled]) => [short, spelled]),
  ];
  const found: string[][] = [];
  for (const [g, group] of groups.entries()) {
    const terms = group.map((term) => words(term));
    const termKeys = terms.map((term) => term.map((w) => wordKey(w, rules.stem)).join(' '));
    const abbreviation = g >= rules.synonyms.length;
    for (const [i, term] of terms.entries()) {
      const at = runIndex(keys, termKeys[i]!.split(' '));
      if (at < 0) continue;
      // A term that is only another form of the matched one adds nothing: Pagefind finds both.
      for (const [j, other] of terms.entries())
        if (termKeys[j] !== termKeys[i] && !(abbreviation && i === 1))
          found.push([...queryWords.slice(0, at), ...other, ...queryWords.slice(at + term.length)]);
      break;
    }
  }
  return found.slice(0, MAX_ALTERNATIVES);
}

/**
 * Plans the searches for a query: stop words out (`how to take part` → `take part`), each word
 * stemmed as `queryVariants` does, the query also tried with synonyms and abbreviations in
 * place, and the other consonant readings kept for when those find little.
 * @example queryPlan('kā iesaistīties pašvaldībā', { stem: true, abbreviations: {}, synonyms: [['pašvaldība', 'municipalitāte']], stopWords: ['kā'] })
 *   // { words: ['iesaistīties', 'pašvaldībā'], queries: ['iesaistīt pašvaldīb', 'iesaistīt municipalitāt'], fallback: [] }
 */
export function queryPlan(text: string, rules: PlanRules): QueryPlan {
  const kept = withoutStopWords(words(text), rules.stopWords);
  const plain = { stem: rules.stem, abbreviations: {} };
  const readings = queryVariants(kept.join(' '), plain);
  const others = alternatives(kept, rules).map((alt) => queryVariants(alt.join(' '), plain)[0]!);
  const queries = [...new Set([...readings.slice(0, 1), ...others])];
  return {
    words: kept,
    queries,
    fallback: readings.slice(1).filter((r) => !queries.includes(r)),
  };
}
