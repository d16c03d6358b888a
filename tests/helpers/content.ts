import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import type { Entry, RawContent } from '../../src/lib/entry';
import { changeSchema } from '../../src/schemas/change';
import { commitmentSchema } from '../../src/schemas/commitment';
import { eventSchema } from '../../src/schemas/event';
import { institutionSchema } from '../../src/schemas/institution';
import { pageSchema } from '../../src/schemas/page';
import { planSchema } from '../../src/schemas/plan';
import { sourceSchema } from '../../src/schemas/source';

const yamlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));

function parse<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/**
 * Reads a content folder the way the site's loaders do, without Astro: YAML 1.2 core,
 * one record per file (plans, commitments) or a list (institutions, sources), MDX frontmatter.
 */
export function readContent(root = 'content'): RawContent {
  const entries = <T extends z.ZodType>(dir: string, schema: T): Entry<z.output<T>>[] =>
    yamlFiles(join(root, 'data', dir)).map((file) => ({
      id: file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
      filePath: file,
      data: parse(schema, load(readFileSync(file, 'utf-8')), file),
    }));
  const lists = <T extends z.ZodType>(dir: string, schema: T): Entry<z.output<T>>[] =>
    yamlFiles(join(root, 'data', dir)).flatMap((file) =>
      (load(readFileSync(file, 'utf-8')) as { id: string }[]).map((item) => ({ id: item.id, filePath: file, data: parse(schema, item, file) })),
    );
  const pagesDir = join(root, 'pages');
  const pages = readdirSync(pagesDir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = join(pagesDir, f);
      const text = readFileSync(file, 'utf-8');
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
      return { id: f.replace(/\.mdx$/, ''), filePath: file, body, data: parse(pageSchema, load(frontmatter), file) };
    });
  return {
    pages,
    plans: entries('plans', planSchema),
    commitments: entries('commitments', commitmentSchema),
    institutions: lists('institutions', institutionSchema),
    sources: lists('sources', sourceSchema),
    events: lists('events', eventSchema),
    changes: lists('changes', changeSchema),
  };
}
