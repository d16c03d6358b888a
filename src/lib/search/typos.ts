import { consonantVariants, stemLatvian } from './latvian-stemmer';
import { fold, wordKey } from './word-keys';

/** The words of one language's index, most frequent first, as the build writes them. */
export interface Vocabulary {
  words: string[];
}

/** A vocabulary ready for look-ups: words folded, and the keys of all of them. */
export interface WordIndex {
  words: string[];
  folded: string[];
  keys: Set<string>;
}

/** Prepares a vocabulary for `nearestWord`; `stem` as in the language's search rules. */
export function wordIndex(vocabulary: Vocabulary, stem: boolean): WordIndex {
  const folded = vocabulary.words.map(fold);
  return {
    words: vocabulary.words,
    folded,
    keys: new Set(vocabulary.words.map((w) => wordKey(w, stem))),
  };
}

/**
 * The edit distance of two words (insertions, deletions, substitutions and swaps of two
 * neighbours each count one), or `limit + 1` as soon as it is sure to exceed `limit`.
 * @example editDistance('coruption', 'corruption', 2) // 1
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How far a word may be from the word it corrects: one edit, two for words of eight letters or more. */
export function allowedEdits(word: string): number {
  return [...word].length >= 8 ? 2 : 1;
}

/** Whether the index has the word, one of its forms, or a word it starts (Pagefind matches the start of words). */
export function isKnown(word: string, index: WordIndex, stem: boolean): boolean {
  // A Latvian stem may end in a softened consonant its other forms have hard (`iestāžu`, `iestādes`).
  const forms = stem ? consonantVariants(stemLatvian(word)).map(fold) : [wordKey(word, stem)];
  if (forms.some((form) => index.keys.has(form))) return true;
  const starts = stem ? forms : [fold(word)];
  return index.folded.some((w) => starts.some((start) => w.startsWith(start)));
}

/**
 * The index word nearest to a word the index lacks: fewest edits, then the most frequent.
 * Words shorter than four letters, with digits, or known are left alone (undefined).
 * @example nearestWord('wistleblower', index, false) // 'whistleblower'
 */
export function nearestWord(word: string, index: WordIndex, stem: boolean): string | undefined {
  if ([...word].length < 4 || /\p{N}/u.test(word) || isKnown(word, index, stem)) return undefined;
  const folded = fold(word);
  let bestDistance = allowedEdits(folded) + 1;
  let best: string | undefined;
  index.folded.forEach((candidate, i) => {
    // Strictly nearer only: the vocabulary is most frequent first, so a tie keeps the commoner word.
    const d = editDistance(folded, candidate, bestDistance - 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = index.words[i];
    }
  });
  return best;
}
