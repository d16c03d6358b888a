import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import type { Entry, RawContent } from '../../src/lib/entry';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { checkFrontmatterDates } from '../../src/lib/integrity';
import { yamlFilesIn } from '../../src/lib/yaml-loader';
import { collectRecords, type RecordShape } from '../../src/lib/yaml-records';
import { changeSchema } from '../../src/schemas/change';
import { commitmentSchema } from '../../src/schemas/commitment';
import { eventSchema } from '../../src/schemas/event';
import { institutionSchema } from '../../src/schemas/institution';
import { pageSchema } from '../../src/schemas/page';
import { planSchema } from '../../src/schemas/plan';
import { searchTermsSchema } from '../../src/schemas/search-terms';
import { sourceSchema } from '../../src/schemas/source';

function parse<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T> {
  const result = schema.safeParse(data);
  if (!result.success)
    throw new Error(
      `${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return result.data;
}

/**
 * Reads a content folder without Astro, through the same code as the site's loaders: the YAML
 * records and their ID checks (src/lib/yaml-records.ts), the frontmatter splitter and the page
 * date check. Only the MDX frontmatter's YAML is read by js-yaml here rather than by Astro.
 */
export async function readContent(root = 'content'): Promise<RawContent> {
  const collection = async <T extends z.ZodType>(
    name: string,
    shape: RecordShape,
    schema: T,
  ): Promise<Entry<z.output<T>>[]> => {
    const folder = join(root, 'data', name);
    return collectRecords(name, folder, shape, await yamlFilesIn(folder, process.cwd())).map(
      ({ id, filePath, record }) => ({
        id,
        filePath,
        data: parse(schema, record, filePath),
      }),
    );
  };
  const pagesDir = join(root, 'pages');
  const pages = readdirSync(pagesDir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = join(pagesDir, f);
      const text = readFileSync(file, 'utf-8');
      const dateProblems = checkFrontmatterDates(text, file);
      if (dateProblems.length > 0) throw new Error(dateProblems.join('\n'));
      const { frontmatter = '', body = '' } = splitFrontmatter(text) ?? {};
      return {
        id: f.replace(/\.mdx$/, ''),
        filePath: file,
        body,
        data: parse(pageSchema, load(frontmatter), file),
      };
    });
  return {
    pages,
    plans: await collection('plans', 'entry', planSchema),
    commitments: await collection('commitments', 'entry', commitmentSchema),
    institutions: await collection('institutions', 'list', institutionSchema),
    sources: await collection('sources', 'list', sourceSchema),
    events: await collection('events', 'list', eventSchema),
    changes: await collection('changes', 'list', changeSchema),
    searchTerms: await collection('search-terms', 'list', searchTermsSchema),
  };
}
