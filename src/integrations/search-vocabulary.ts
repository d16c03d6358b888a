import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Vocabulary } from '../lib/search/typos';
import { words } from '../lib/search/query';

/** The file of one index language's vocabulary, in Pagefind's folder: `vocabulary-lv.json`. */
export function vocabularyFile(indexLanguage: string): string {
  return `vocabulary-${indexLanguage.toLowerCase()}.json`;
}

/** Pagefind's fragment files: `fragment/<language>_<hash>.pf_fragment`, gzip, a signature, then JSON. */
const FRAGMENT = /^(.+)_[0-9a-f]+\.pf_fragment$/;
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  content: string;
  meta?: Record<string, string>;
}

/**
 * Writes, for each language of the index in `pagefindDir`, the words its pages were indexed
 * with (their text as Pagefind read it, and titles), most frequent first: what the search
 * corrects a mistyped word to. Words of fewer than three letters and words with digits are left
 * out. Returns the number of words per language.
 */
export async function writeVocabularies(pagefindDir: string): Promise<Record<string, number>> {
  const folder = join(pagefindDir, 'fragment');
  const counts = new Map<string, Map<string, number>>();
  for (const name of await readdir(folder)) {
    const language = FRAGMENT.exec(name)?.[1];
    if (!language) continue;
    const text = gunzipSync(await readFile(join(folder, name))).toString('utf-8');
    if (!text.startsWith(SIGNATURE))
      throw new Error(`Pagefind fragment ${name} has an unknown format`);
    const fragment = JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
    const seen = counts.get(language) ?? new Map<string, number>();
    counts.set(language, seen);
    for (const word of words(`${fragment.meta?.title ?? ''} ${fragment.content}`))
      if ([...word].length >= 3 && !/\p{N}/u.test(word)) seen.set(word, (seen.get(word) ?? 0) + 1);
  }
  const sizes: Record<string, number> = {};
  for (const [language, seen] of counts) {
    const vocabulary: Vocabulary = {
      words: [...seen].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w),
    };
    await writeFile(join(pagefindDir, vocabularyFile(language)), JSON.stringify(vocabulary));
    sizes[language] = vocabulary.words.length;
  }
  return sizes;
}
