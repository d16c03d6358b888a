import { isLocale, localeCodes, type Locale } from '../i18n/locales';
import type { Localized } from '../schemas/fields';
import { contentDir } from './content-dir';
import { languageName } from './content-error';

/** A page entry as the pairing needs it: its ID is `LANG/KEY`, e.g. `lv/principles/openness`. */
export interface PageFile {
  id: string;
  filePath?: string | undefined;
}

/** A page key with its entry ID in every locale. */
export type PagePair = { key: string; ids: Localized };

/**
 * Splits a page entry ID into its language and the key it shares with its twins.
 * @example splitPageId('en/principles/openness') // { lang: 'en', key: 'principles/openness' }
 */
export function splitPageId(id: string): { lang: Locale; key: string } | undefined {
  const slash = id.indexOf('/');
  const lang = id.slice(0, slash);
  if (slash < 1 || !isLocale(lang)) return undefined;
  return { lang, key: id.slice(slash + 1) };
}

/**
 * Pairs every page with its twins by file path. Returns the complete pairs and,
 * for every gap, a message naming the file that exists and the one to create.
 */
export function pairPages(files: PageFile[]): { pairs: PagePair[]; problems: string[] } {
  const byKey = new Map<string, Partial<Record<Locale, PageFile>>>();
  const problems: string[] = [];
  for (const file of files) {
    const split = splitPageId(file.id);
    if (!split) {
      problems.push(
        `${file.filePath ?? file.id}: pages live in a language folder (${localeCodes.map((l) => `${contentDir}/pages/${l}/`).join(' or ')}).`,
      );
      continue;
    }
    const twins = byKey.get(split.key) ?? {};
    twins[split.lang] = file;
    byKey.set(split.key, twins);
  }
  const pairs: PagePair[] = [];
  for (const [key, twins] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    const missing = localeCodes.filter((lang) => !twins[lang]);
    if (missing.length === 0) {
      pairs.push({
        key,
        ids: Object.fromEntries(localeCodes.map((l) => [l, twins[l]!.id])) as Record<
          Locale,
          string
        >,
      });
      continue;
    }
    const present = localeCodes.find((lang) => twins[lang])!;
    for (const lang of missing) {
      problems.push(
        `${twins[present]!.filePath ?? `${contentDir}/pages/${present}/${key}.mdx`}: has no ${languageName(lang)} twin. ` +
          `Create ${contentDir}/pages/${lang}/${key}.mdx (same file path in the ${lang} folder) with the translated page.`,
      );
    }
  }
  return { pairs, problems };
}

/**
 * Twins whose `updated` dates differ: the older one was not brought up to date when the other
 * changed. Each problem names the outdated file and what to do.
 */
export function outdatedTwins(
  pairs: PagePair[],
  pages: Map<string, { updated: string; filePath?: string | undefined }>,
): string[] {
  const problems: string[] = [];
  for (const pair of pairs) {
    const twins = localeCodes.map((lang) => ({ lang, page: pages.get(pair.ids[lang])! }));
    const newest = twins.reduce((a, b) => (b.page.updated > a.page.updated ? b : a));
    for (const twin of twins) {
      if (twin.page.updated < newest.page.updated) {
        problems.push(
          `${twin.page.filePath ?? pair.ids[twin.lang]}: field "updated" is ${twin.page.updated}, but its ${languageName(newest.lang)} twin was updated on ${newest.page.updated}. ` +
            `Bring this translation up to date with it, then give both the same "updated" date.`,
        );
      }
    }
  }
  return problems;
}

/**
 * Twins of different kinds: the languages would show different generated parts (a list, a form) for
 * the same page, or one would be missing from where the layout finds it by kind.
 */
export function kindMismatches(
  pairs: PagePair[],
  pages: Map<string, { kind: string; filePath?: string | undefined }>,
): string[] {
  const problems: string[] = [];
  for (const pair of pairs) {
    const [first, ...others] = localeCodes.map((lang) => ({
      lang,
      page: pages.get(pair.ids[lang])!,
    }));
    for (const twin of others) {
      if (twin.page.kind !== first!.page.kind)
        problems.push(
          `${twin.page.filePath ?? pair.ids[twin.lang]}: field "kind" is "${twin.page.kind}", but its ${languageName(first!.lang)} twin ${first!.page.filePath ?? pair.ids[first!.lang]} has \`kind: ${first!.page.kind}\`. ` +
            `Twins are the same page in two languages: give both the same kind.`,
        );
    }
  }
  return problems;
}
