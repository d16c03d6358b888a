import { consonantVariants, stemLatvian } from './latvian-stemmer';

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
