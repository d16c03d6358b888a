import { load as parseYaml, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { ContentError } from './content-error';
import { checkRecord } from './schema-messages';
import { yamlLines, type LineOf } from './yaml-positions';

/** `entry`: each file is one record, its ID the file name. `list`: each file holds a list of records with an `id`. */
export type RecordShape = 'entry' | 'list';

/** One record as written in YAML, before its schema has checked it. */
export type YamlRecord = Record<string, unknown>;

/** One YAML file of a collection: where it is (relative to the project root) and what it says. */
export interface YamlFile {
  filePath: string;
  text: string;
}

/** A record with its ID, the file it came from and where in the file each of its fields is written. */
export interface LocatedRecord {
  id: string;
  filePath: string;
  record: YamlRecord;
  /** The line of a field of this record, e.g. `lineOf(['title', 'en'])`. */
  lineOf: LineOf;
}

/** One record of a file, with the line of each of its fields. */
export interface ParsedRecord {
  id: string;
  record: YamlRecord;
  lineOf: LineOf;
}

/**
 * Reads the records of one YAML file, or throws a ContentError that names the file, the line and what to do.
 * js-yaml 5 reads with the YAML 1.2 core schema (no timestamps): dates stay text, so the schemas can reject impossible ones.
 * @example parseRecords('- id: a\n- id: b\n', 'x/sources.yaml', 'list').map((r) => r.id) // ['a', 'b']
 */
export function parseRecords(text: string, filePath: string, shape: RecordShape): ParsedRecord[] {
  let data: unknown;
  try {
    data = parseYaml(text, { filename: filePath });
  } catch (error) {
    throw new ContentError([yamlSyntaxProblem(error, filePath)], { cause: error });
  }
  const lines = yamlLines(text);
  if (shape === 'entry') {
    if (!isRecord(data))
      throw new ContentError([
        `${filePath}:1: expected one record here, written as \`field: value\` lines (e.g. \`plan: 6\`), not a list or a single value.`,
      ]);
    const id = filePath.replace(/^.*[/\\]/, '').replace(/\.ya?ml$/, '');
    return [{ id, record: data, lineOf: lines }];
  }
  if (!Array.isArray(data))
    throw new ContentError([
      `${filePath}:1: expected a list of records here, each starting with \`- id: …\`.`,
    ]);
  const problems: string[] = [];
  const records = data.flatMap((item: unknown, index): ParsedRecord[] => {
    const lineOf: LineOf = (path) => lines([index, ...path]);
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') {
      problems.push(
        `${filePath}:${lineOf([])}: record ${index + 1} has no \`id\`. Start it with \`- id: …\`, a short ID in lower-case letters, digits and hyphens.`,
      );
      return [];
    }
    return [{ id: item.id, record: item, lineOf }];
  });
  if (problems.length > 0) throw new ContentError(problems);
  return records;
}

/** A YAML syntax error as an editor can act on it: the file, the line, the reason and the lines around it. */
function yamlSyntaxProblem(error: unknown, filePath: string): string {
  if (!(error instanceof YAMLException))
    return `${filePath}: this is not valid YAML (${(error as Error).message}).`;
  const line = error.mark ? `:${error.mark.line + 1}` : '';
  const snippet = error.mark?.snippet ? `\n${error.mark.snippet.replace(/^/gm, '      ')}` : '';
  return `${filePath}${line}: this is not valid YAML: ${error.reason}. Check the indentation, colons and quotes on this line and the one before.${snippet}`;
}

/**
 * One problem per record whose ID an earlier record of the collection already uses, naming both files.
 * Records are taken in the order given, so the first one keeps its ID.
 */
export function duplicateIds(collection: string, records: readonly LocatedRecord[]): string[] {
  const seen = new Map<string, LocatedRecord>();
  const problems: string[] = [];
  for (const record of records) {
    const earlier = seen.get(record.id);
    if (earlier)
      problems.push(
        `${record.filePath}:${record.lineOf(['id'])}: the ${collection} ID "${record.id}" is already used in ${earlier.filePath}:${earlier.lineOf(['id'])}. Give each record its own ID.`,
      );
    else seen.set(record.id, record);
  }
  return problems;
}

/**
 * Every record of a collection's YAML files, in file order, or throws a ContentError listing everything
 * wrong in all the files: bad YAML, a record without an ID, a duplicate ID, or no files at all in `folder`.
 * The site's loader and the tests' content reader both go through here, so they cannot read the content differently.
 */
export function collectRecords(
  collection: string,
  folder: string,
  shape: RecordShape,
  files: readonly YamlFile[],
): LocatedRecord[] {
  if (files.length === 0)
    throw new ContentError([
      `${folder}/: no YAML files found for the ${collection} collection. Add at least one \`.yaml\` file.`,
    ]);
  const problems: string[] = [];
  const records = files.flatMap(({ filePath, text }) => {
    try {
      return parseRecords(text, filePath, shape).map((r) => ({ ...r, filePath }));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return [];
    }
  });
  problems.push(...duplicateIds(collection, records));
  if (problems.length > 0) throw new ContentError(problems);
  return records;
}

/**
 * Checks every record against the collection's schema and returns their data, or throws a
 * ContentError with every problem of every record: file, line, field and what to write.
 */
export function checkRecords<S extends z.ZodType>(
  schema: S,
  records: readonly LocatedRecord[],
): (LocatedRecord & { data: z.output<S> })[] {
  const problems: string[] = [];
  const checked = records.flatMap((located) => {
    const result = checkRecord(schema, located.record, located.filePath, located.lineOf);
    if (result.ok) return [{ ...located, data: result.data }];
    problems.push(...result.problems);
    return [];
  });
  if (problems.length > 0) throw new ContentError(problems);
  return checked;
}

/** Whether a file name is a YAML file the loaders read. */
export const isYamlFile = (name: string): boolean => /\.ya?ml$/.test(name);

function isRecord(value: unknown): value is YamlRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
