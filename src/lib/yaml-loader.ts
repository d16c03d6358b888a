import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { load as parseYaml } from 'js-yaml';

export interface YamlLoaderOptions {
  /** Folder, relative to the project root. */
  base: string;
  /** `entry`: each file is one record, its ID the file name. `list`: each file holds a list of records with an `id`. */
  shape: 'entry' | 'list';
}

/**
 * Loads YAML records strictly: a syntax error, an entry without an ID or a duplicate ID
 * stops the build naming the file, where Astro's own file loader only logs and goes on.
 * js-yaml 5 reads with the YAML 1.2 core schema (no timestamps): dates stay text, so the schemas can reject impossible ones.
 */
export function yamlLoader({ base, shape }: YamlLoaderOptions): Loader {
  return {
    name: 'ogp-yaml-loader',
    async load({ config, store, parseData, generateDigest, collection }) {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, base);
      const files = (await readdir(folder, { recursive: true }))
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => join(folder, name));
      const seen = new Map<string, string>();
      store.clear();
      for (const file of files) {
        const filePath = relative(root, file);
        const text = await readFile(file, 'utf-8');
        let data: unknown;
        try {
          data = parseYaml(text, { filename: filePath });
        } catch (error) {
          throw new Error(`${filePath}: this is not valid YAML. ${(error as Error).message}`);
        }
        const records = recordsOf(data, filePath, shape);
        for (const [id, record] of records) {
          const earlier = seen.get(id);
          if (earlier) {
            throw new Error(
              `${filePath}: the ${collection} ID "${id}" is already used in ${earlier}. Give each record its own ID.`,
            );
          }
          seen.set(id, filePath);
          const parsed = await parseData({ id, data: record, filePath });
          store.set({ id, data: parsed, filePath, digest: generateDigest(record) });
        }
      }
      if (files.length === 0) throw new Error(`${base}: no YAML files found for the ${collection} collection.`);
    },
  };
}

function recordsOf(data: unknown, filePath: string, shape: YamlLoaderOptions['shape']): [string, Record<string, unknown>][] {
  if (shape === 'entry') {
    if (!isRecord(data)) throw new Error(`${filePath}: expected one record (key: value lines) in this file.`);
    const id = filePath.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    return [[id, data]];
  }
  if (!Array.isArray(data)) throw new Error(`${filePath}: expected a list of records, each starting with \`- id: …\`.`);
  return data.map((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') {
      throw new Error(`${filePath}: record ${index + 1} has no \`id\`. Add \`id: …\` to it.`);
    }
    return [item.id, item];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
