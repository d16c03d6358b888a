/**
 * A light stemmer for Latvian: strips the common noun and adjective endings so that
 * `plāns`, `plāna`, `plānā` and `plānu` share the stem `plān`. Written from the rules of
 * Kreslins' light stemmer (the one behind Lucene's LatvianStemmer): an ordered list of
 * endings, each removed only when enough vowels remain, and undoing the consonant changes
 * that some endings cause (`iestāžu` → `iestād`). See docs/search.md.
 */

/** An ending, how many vowels the word must have beyond it, and whether it softens the consonant before it. */
interface Ending {
  text: string;
  minVowels: number;
  palatalizes: boolean;
}

const ending = (text: string, minVowels: number, palatalizes = false): Ending => ({
  text,
  minVowels,
  palatalizes,
});

// Longest first: the first ending that fits is removed. Definite adjective endings (-ajam,
// -ajiem …) before the plain ones, plural before singular.
const ENDINGS: readonly Ending[] = [
  ending('ajiem', 3),
  ending('ajai', 3),
  ending('ajam', 2),
  ending('ajām', 2),
  ending('ajos', 2),
  ending('ajās', 2),
  ending('iem', 2, true),
  ending('ajā', 2),
  ending('ais', 2),
  ending('ai', 2),
  ending('ei', 2),
  ending('ām', 1),
  ending('am', 1),
  ending('ēm', 1),
  ending('īm', 1),
  ending('im', 1),
  ending('um', 1),
  ending('us', 1, true),
  ending('as', 1),
  ending('ās', 1),
  ending('es', 1),
  ending('os', 1, true),
  ending('ij', 1),
  ending('īs', 1),
  ending('ēs', 1),
  ending('is', 1),
  ending('ie', 1),
  ending('u', 1, true),
  ending('a', 1, true),
  ending('i', 1, true),
  ending('e', 1),
  ending('ā', 1),
  ending('ē', 1),
  ending('ī', 1),
  ending('ū', 1),
  ending('o', 1),
  ending('s', 0),
  ending('š', 0),
];

const VOWELS = new Set([...'aeiouāēīū']);

function vowelCount(word: string): number {
  let count = 0;
  for (const char of word) if (VOWELS.has(char)) count++;
  return count;
}

/**
 * Undoes the consonant changes before an ending: `pj`, `bj`, `mj`, `vj` lose the `j`;
 * `šņ`, `žņ`, `šļ`, `žļ`, `ļņ`, `ļļ`, `č`, `ļ`, `ņ` go back to their hard forms; and before
 * the genitive plural `-u`, `kš` was `kst` and `ņņ` was `nn`.
 */
function unpalatalize(stem: string, removed: string): string {
  if (removed === 'u') {
    if (stem.endsWith('kš')) return `${stem.slice(0, -2)}kst`;
    if (stem.endsWith('ņņ')) return `${stem.slice(0, -2)}nn`;
  }
  if (/[pbmv]j$/.test(stem)) return stem.slice(0, -1);
  const pairs: [string, string][] = [
    ['šņ', 'sn'],
    ['žņ', 'zn'],
    ['šļ', 'sl'],
    ['žļ', 'zl'],
    ['ļņ', 'ln'],
    ['ļļ', 'll'],
  ];
  for (const [soft, hard] of pairs) if (stem.endsWith(soft)) return stem.slice(0, -2) + hard;
  const last: Record<string, string> = { č: 'c', ļ: 'l', ņ: 'n' };
  const tail = stem.at(-1) ?? '';
  return tail in last ? stem.slice(0, -1) + last[tail] : stem;
}

/**
 * The stem of one lower-case Latvian word. Short words and words that end in none of the
 * endings are returned as they are.
 * @example stemLatvian('plānā') // 'plān'
 * @example stemLatvian('apņemšanos') // 'apņemšan'
 * @example stemLatvian('iestāžu') // 'iestāž' (see consonantVariants for `iestād`)
 */
export function stemLatvian(word: string): string {
  const vowels = vowelCount(word);
  for (const { text, minVowels, palatalizes } of ENDINGS) {
    if (vowels > minVowels && word.length >= text.length + 3 && word.endsWith(text)) {
      const stem = word.slice(0, -text.length);
      return palatalizes ? unpalatalize(stem, text) : stem;
    }
  }
  return word;
}

/**
 * Stems that a stem's last consonant may stand for, because genitive plurals and some verb
 * forms soften it (`iestāžu` ← `iestāde`, `vēlēšanu` is regular). The stem itself comes first.
 * @example consonantVariants('iestāž') // ['iestāž', 'iestād', 'iestāz']
 */
export function consonantVariants(stem: string): string[] {
  const alternations: Record<string, string[]> = {
    ž: ['d', 'z'],
    š: ['s', 't'],
    č: ['c'],
    ļ: ['l'],
    ņ: ['n'],
  };
  const tail = stem.at(-1) ?? '';
  const options = stem.length >= 4 ? (alternations[tail] ?? []) : [];
  return [stem, ...options.map((c) => stem.slice(0, -1) + c)];
}
