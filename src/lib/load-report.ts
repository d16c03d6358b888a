import { ContentError } from './content-error';

/** How long a collection's first load waits for the others before it reports its own problems alone. */
const WAIT_MS = 20_000;

/** Where the loaders of all collections report the problems of their first load. */
export interface LoadReport {
  /**
   * Reports the problems one collection found (none, if it loaded) and waits for the other
   * collections; then throws a ContentError with the problems of all of them, if there are any.
   */
  settle(collection: string, problems: readonly string[]): Promise<void>;
}

/**
 * Astro loads the collections side by side and stops at the first one that throws, so an editor
 * would see one collection's problems per build. Each loader reports here instead, and every
 * problem of every collection is listed together, in the order of `collections`, after those of
 * `checkFiles` (run once per load: problems with the content's files as a whole, e.g. a stray file).
 */
export function loadReport(
  collections: readonly string[],
  checkFiles: () => string[] = () => [],
): LoadReport {
  const found = new Map<string, readonly string[]>();
  let files: string[] | undefined;
  let release = () => {};
  const allSettled = new Promise<void>((resolve) => (release = resolve));
  return {
    async settle(collection, problems) {
      found.set(collection, problems);
      if (collections.every((c) => found.has(c))) release();
      // Should Astro ever load only some collections, the others are not waited for forever.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        allSettled,
        new Promise<void>((resolve) => (timer = setTimeout(resolve, WAIT_MS).unref())),
      ]);
      clearTimeout(timer);
      files ??= checkFiles();
      const all = [...files, ...collections.flatMap((c) => found.get(c) ?? [])];
      if (all.length > 0) throw new ContentError(all);
    },
  };
}
