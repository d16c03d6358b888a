import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError } from './content-error';
import type { LoadReport } from './load-report';
import { frontmatterLines, frontmatterSyntaxProblem } from './frontmatter';
import { checkDateLists } from './date-lists';
import { checkFrontmatterDates } from './integrity';
import { checkRecord } from './schema-messages';
import { decodeUtf8 } from './utf8';

/** The pages' loader options: glob()'s, and the schema every page's frontmatter is checked against. */
export type PagesLoaderOptions = Parameters<typeof glob>[0] & {
  schema: z.ZodType;
  /** Where the first load reports its problems, so the build lists those of every collection together. */
  report: LoadReport;
};

/**
 * Astro's glob() loader for the pages, which also checks each file's frontmatter as written: its YAML,
 * its fields against the page schema (with the line of each problem), and its dates. YAML has turned
 * `2026-02-30` into 2 March by the time a schema sees it, so the date check needs the file's text, and this
 * takes it from glob() as glob() reads the file, so each file is read once.
 * It also finds dates at the start of a line that Markdown would turn into a numbered list (date-lists.ts).
 * Problems stop the build listing every one in every page; in `astro dev` a reload with one is logged and skipped.
 */
export function pagesLoader({
  schema,
  report: loadReport,
  ...options
}: PagesLoaderOptions): Loader {
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
      const fileOf = (path: string) => relative(root, path).replaceAll('\\', '/');
      let firstLoad: string[] | undefined = [];
      // During the first load, collect every problem; later (a reload in dev) glob() logs the error and keeps the old entry.
      const report = (problems: string[]) => {
        if (problems.length === 0) return;
        if (firstLoad) firstLoad.push(...problems);
        else throw new ContentError(problems);
      };
      // The text of each file as glob() read it, by absolute path, for the lines of its fields.
      const texts = new Map<string, string>();
      const unreadable = new Set<string>();
      const unchecked = new Set<string>();
      const checking = new Map(
        [...entryTypes].map(([extension, type]): [string, ContentEntryType] => [
          extension,
          {
            ...type,
            async getEntryInfo(params) {
              const path = fileURLToPath(params.fileUrl);
              const file = fileOf(path);
              texts.set(path, params.contents);
              // glob() read the file as UTF-8, turning bytes that are not into U+FFFD: check those files' bytes.
              if (params.contents.includes('\uFFFD')) {
                const decoded = decodeUtf8(await readFile(path), file);
                if ('problem' in decoded) report([decoded.problem]);
              }
              report([
                ...checkFrontmatterDates(params.contents, file),
                ...checkDateLists(params.contents, file),
              ]);
              try {
                return await type.getEntryInfo(params);
              } catch (error) {
                report([frontmatterSyntaxProblem(params.contents, file, error)]);
                unreadable.add(path);
                return { data: {}, body: '', slug: '', rawData: '' };
              }
            },
          },
        ]),
      );
      const parseData: LoaderContext['parseData'] = async (props) => {
        const path = props.filePath ?? '';
        if (unreadable.has(path)) {
          unchecked.add(props.id);
          return props.data;
        }
        const text = texts.get(path) ?? '';
        const result = checkRecord(schema, props.data, fileOf(path), frontmatterLines(text));
        if (!result.ok) {
          report(result.problems);
          // The build stops after the load; until then the entry keeps its data unchecked, and then it goes,
          // so no cached copy of the store can hold it as checked.
          unchecked.add(props.id);
          return props.data;
        }
        return context.parseData(props);
      };
      try {
        await inner.load({ ...context, entryTypes: checking, parseData } as LoaderContext);
      } catch (error) {
        await loadReport.settle(context.collection, []).catch(() => {});
        throw error;
      }
      for (const id of unchecked) context.store.delete(id);
      const problems = firstLoad.sort();
      firstLoad = undefined;
      await loadReport.settle(context.collection, problems);
    },
  };
}
