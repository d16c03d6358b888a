import { stemLatvian } from './latvian-stemmer';

/**
 * A word without its diacritics, as Pagefind compares words: `līdzdalība` → `lidzdaliba`.
 * @example fold('Pašvaldība') // 'pasvaldiba'
 */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * What two forms of a word share, to tell that a query names a search term: the Latvian stem,
 * or for other languages the word less a plural or verb ending; without diacritics.
 * @example wordKey('pašvaldībās', true) // 'pasvaldib'
 * @example wordKey('municipalities', false) // 'municipaliti'
 * @example wordKey('whistleblowers', false) // 'whistleblow'
 */
export function wordKey(word: string, stem: boolean): string {
  if (stem) return fold(stemLatvian(word.toLowerCase()));
  const folded = fold(word);
  const cut = folded.replace(/(?:ing|ers?|ed|es|s)$/, '');
  return (cut.length >= 3 ? cut : folded).replace(/y$/, 'i');
}
