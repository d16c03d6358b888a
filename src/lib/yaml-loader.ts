import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError } from './content-error';
import type { LoadReport } from './load-report';
import { decodeUtf8 } from './utf8';
import {
  checkRecords,
  collectRecords,
  isYamlFile,
  type RecordShape,
  type YamlFile,
} from './yaml-records';

export interface YamlLoaderOptions {
  /** Folder, relative to the project root. */
  base: string;
  /** `entry`: each file is one record, its ID the file name. `list`: each file holds a list of records with an `id`. */
  shape: RecordShape;
  /** The collection's schema: the loader checks each record against it, so every problem is reported with its line. */
  schema: z.ZodType;
  /** Where the first load reports its problems, so the build lists those of every collection together. */
  report: LoadReport;
}

/**
 * Loads YAML records strictly: a syntax error, an entry without an ID, a duplicate ID or a field
 * its schema rejects stops the build naming the file, the line and the field, every problem at once,
 * where Astro's own file loader only logs and goes on, and its schema check stops at the first record.
 * In `astro dev` it reloads the collection when a YAML file in its folder changes, appears or goes;
 * a problem then is logged and the last good content stays.
 */
export function yamlLoader({ base, shape, schema, report }: YamlLoaderOptions): Loader {
  return {
    name: 'ogp-yaml-loader',
    async load(context) {
      const { config, watcher, logger } = context;
      const root = fileURLToPath(config.root);
      const folder = resolve(root, base);
      const sync = async () =>
        syncCollection(context, await yamlFilesIn(folder, root), base, shape, schema);
      // As with Astro's own loaders, a problem at start-up stops `astro dev` too; after that, reloads only log.
      let problems: readonly string[] = [];
      try {
        await sync();
      } catch (error) {
        if (!(error instanceof ContentError)) {
          await report.settle(context.collection, []).catch(() => {});
          throw error;
        }
        problems = error.problems;
      }
      await report.settle(context.collection, problems);
      if (watcher) {
        const inFolder = (path: string) => {
          const inside = relative(folder, path);
          return !/^\.\.(?:[/\\]|$)/.test(inside) && !isAbsolute(inside) && isYamlFile(inside);
        };
        // One reload at a time: an editor's save can fire several events.
        let queue = Promise.resolve();
        const reload = (path: string) => {
          if (!inFolder(path)) return;
          queue = queue.then(async () => {
            try {
              await sync();
              logger.info(
                `Reloaded ${context.collection} after a change to ${relative(root, path)}`,
              );
            } catch (error) {
              logger.error((error as Error).message);
            }
          });
        };
        watcher.add(folder);
        watcher.on('change', reload);
        watcher.on('add', reload);
        watcher.on('unlink', reload);
      }
    },
  };
}

/**
 * The YAML files under `folder`, in name order, with paths relative to the project root (`root`),
 * or a ContentError naming every one that is not UTF-8.
 */
export async function yamlFilesIn(folder: string, root: string): Promise<YamlFile[]> {
  // A missing folder has no files, which collectRecords reports naming the folder.
  const all = await readdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const names = all.filter(isYamlFile).sort();
  const problems: string[] = [];
  const files = await Promise.all(
    names.map(async (name) => {
      const filePath = relative(root, join(folder, name));
      const decoded = decodeUtf8(await readFile(join(folder, name)), filePath);
      if ('problem' in decoded) problems.push(decoded.problem);
      return { filePath, text: 'text' in decoded ? decoded.text : '' };
    }),
  );
  if (problems.length > 0) throw new ContentError(problems);
  return files;
}

/**
 * Replaces the collection with the records of `files`, only once all of them are valid. All the files,
 * not only the one that changed: a duplicate ID is a relation between files.
 */
async function syncCollection(
  context: LoaderContext,
  files: YamlFile[],
  base: string,
  shape: RecordShape,
  schema: z.ZodType,
): Promise<void> {
  const { collection, store } = context;
  const records = checkRecords(schema, collectRecords(collection, base, shape, files));
  // Every record has passed its schema; Astro's own check of the same schema cannot fail now.
  const entries = [];
  for (const { id, filePath, record } of records) {
    entries.push({
      id,
      filePath,
      data: await context.parseData({ id, data: record, filePath }),
      digest: context.generateDigest({ filePath, record }),
    });
  }
  const ids = new Set(entries.map((e) => e.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  // An unchanged digest leaves the entry as it is, so a save without changes reloads nothing.
  for (const entry of entries) store.set(entry);
}
