import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import type { Entry, RawContent } from '../../src/lib/entry';
import { ContentError } from '../../src/lib/content-error';
import { dataFolders } from '../../src/lib/content-dir';
import { checkContentFiles } from '../../src/lib/content-files';
import { decodeUtf8 } from '../../src/lib/utf8';
import {
  frontmatterLines,
  frontmatterSyntaxProblem,
  splitFrontmatter,
} from '../../src/lib/frontmatter';
import { checkFrontmatterDates } from '../../src/lib/integrity';
import { checkRecord } from '../../src/lib/schema-messages';
import { yamlFilesIn } from '../../src/lib/yaml-loader';
import { checkRecords, collectRecords, type RecordShape } from '../../src/lib/yaml-records';
import { changeSchema } from '../../src/schemas/change';
import { commitmentSchema } from '../../src/schemas/commitment';
import { eventSchema } from '../../src/schemas/event';
import { institutionSchema } from '../../src/schemas/institution';
import { pageSchema } from '../../src/schemas/page';
import { planSchema } from '../../src/schemas/plan';
import { searchTermsSchema } from '../../src/schemas/search-terms';
import { sourceSchema } from '../../src/schemas/source';

/**
 * Reads a content folder without Astro, through the same code as the site's loaders: the YAML
 * records, their ID and schema checks (src/lib/yaml-records.ts), the frontmatter splitter, the page
 * schema check and the page date check. Only the MDX frontmatter's YAML is read by js-yaml here rather than by Astro.
 * Like the build, it throws one ContentError with every problem of every collection, and of files it would skip.
 */
export async function readContent(root = 'content'): Promise<RawContent> {
  const problems: string[] = checkContentFiles(root, dataFolders);
  const collect = <T>(read: () => T[]): T[] => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return [];
    }
  };
  const collection = async <T extends z.ZodType>(
    name: string,
    shape: RecordShape,
    schema: T,
  ): Promise<Entry<z.output<T>>[]> => {
    const folder = join(root, 'data', name);
    const files = await yamlFilesIn(folder, process.cwd()).catch((error: unknown) => {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return undefined;
    });
    if (!files) return [];
    return collect(() =>
      checkRecords(schema, collectRecords(name, folder, shape, files)).map(
        ({ id, filePath, data }) => ({ id, filePath, data }),
      ),
    );
  };
  const pagesDir = join(root, 'pages');
  const pages = readdirSync(pagesDir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((f) => {
      const file = join(pagesDir, f);
      const decoded = decodeUtf8(readFileSync(file), file);
      if ('problem' in decoded) problems.push(decoded.problem);
      const text = 'text' in decoded ? decoded.text : '';
      problems.push(...checkFrontmatterDates(text, file));
      const { frontmatter = '', body = '' } = splitFrontmatter(text) ?? {};
      let data: unknown;
      try {
        data = load(frontmatter);
      } catch (error) {
        problems.push(frontmatterSyntaxProblem(text, file, error));
        return [];
      }
      const checked = checkRecord(pageSchema, data, file, frontmatterLines(text));
      if (!checked.ok) {
        problems.push(...checked.problems);
        return [];
      }
      return [{ id: f.replace(/\.mdx$/, ''), filePath: file, body, data: checked.data }];
    });
  const content = {
    pages,
    plans: await collection('plans', 'entry', planSchema),
    commitments: await collection('commitments', 'entry', commitmentSchema),
    institutions: await collection('institutions', 'list', institutionSchema),
    sources: await collection('sources', 'list', sourceSchema),
    events: await collection('events', 'list', eventSchema),
    changes: await collection('changes', 'list', changeSchema),
    searchTerms: await collection('search-terms', 'list', searchTermsSchema),
  };
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
