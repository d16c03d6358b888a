import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { checkDateLists } from './date-lists';
import { checkFrontmatterDates } from './integrity';

/**
 * Astro's glob() loader for the pages, which also checks the dates as written in each file's frontmatter:
 * YAML has turned `2026-02-30` into 2 March by the time a schema sees it, so the check needs the file's
 * text, and this takes it from glob() as glob() reads the file, so each file is read once.
 * It also finds dates at the start of a line that Markdown would turn into a numbered list (date-lists.ts).
 * A bad date stops the build listing every such date; in `astro dev` a reload with one is logged and skipped.
 */
export function pagesLoader(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'ogp-pages-loader',
    async load(context) {
      // glob() hands each file's text to the entry type of its extension (MDX's) and reads the frontmatter
      // through it; the loader context carries those types, though its published type does not list them.
      const { entryTypes } = context as LoaderContext & {
        entryTypes?: Map<string, ContentEntryType>;
      };
      if (!entryTypes)
        throw new Error(
          'src/lib/pages-loader.ts: Astro gave the loader no entry types, so page dates cannot be checked. Update this loader for this Astro version.',
        );
      const root = fileURLToPath(context.config.root);
      let firstLoad: string[] | undefined = [];
      const checking = new Map(
        [...entryTypes].map(([extension, type]): [string, ContentEntryType] => [
          extension,
          {
            ...type,
            getEntryInfo(params) {
              const file = relative(root, fileURLToPath(params.fileUrl)).replaceAll('\\', '/');
              const problems = [
                ...checkFrontmatterDates(params.contents, file),
                ...checkDateLists(params.contents, file),
              ];
              // During the first load, collect them all; later (a reload in dev) glob() logs the error and keeps the old entry.
              if (problems.length > 0 && firstLoad) firstLoad.push(...problems);
              else if (problems.length > 0) throw new Error(problems.join('\n'));
              return type.getEntryInfo(params);
            },
          },
        ]),
      );
      await inner.load({ ...context, entryTypes: checking } as LoaderContext);
      const problems = firstLoad.sort();
      firstLoad = undefined;
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  };
}
