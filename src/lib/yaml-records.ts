import { load as parseYaml } from 'js-yaml';

/** `entry`: each file is one record, its ID the file name. `list`: each file holds a list of records with an `id`. */
export type RecordShape = 'entry' | 'list';

/** One record as written in YAML, before its schema has checked it. */
export type YamlRecord = Record<string, unknown>;

/** One YAML file of a collection: where it is (relative to the project root) and what it says. */
export interface YamlFile {
  filePath: string;
  text: string;
}

/** A record with its ID and the file it came from. */
export interface LocatedRecord {
  id: string;
  filePath: string;
  record: YamlRecord;
}

/**
 * Reads the records of one YAML file, or throws a message that names the file and says what to do.
 * js-yaml 5 reads with the YAML 1.2 core schema (no timestamps): dates stay text, so the schemas can reject impossible ones.
 * @example parseRecords('- id: a\n- id: b\n', 'x/sources.yaml', 'list') // [['a', { id: 'a' }], ['b', { id: 'b' }]]
 */
export function parseRecords(
  text: string,
  filePath: string,
  shape: RecordShape,
): [string, YamlRecord][] {
  let data: unknown;
  try {
    data = parseYaml(text, { filename: filePath });
  } catch (error) {
    throw new Error(`${filePath}: this is not valid YAML. ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (shape === 'entry') {
    if (!isRecord(data))
      throw new Error(`${filePath}: expected one record (key: value lines) in this file.`);
    const id = filePath.replace(/^.*[/\\]/, '').replace(/\.ya?ml$/, '');
    return [[id, data]];
  }
  if (!Array.isArray(data))
    throw new Error(`${filePath}: expected a list of records, each starting with \`- id: …\`.`);
  return data.map((item: unknown, index) => {
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') {
      throw new Error(`${filePath}: record ${index + 1} has no \`id\`. Add \`id: …\` to it.`);
    }
    return [item.id, item];
  });
}

/**
 * One problem per record whose ID an earlier record of the collection already uses, naming both files.
 * Records are taken in the order given, so the first one keeps its ID.
 */
export function duplicateIds(collection: string, records: readonly LocatedRecord[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { id, filePath } of records) {
    const earlier = seen.get(id);
    if (earlier)
      problems.push(
        `${filePath}: the ${collection} ID "${id}" is already used in ${earlier}. Give each record its own ID.`,
      );
    else seen.set(id, filePath);
  }
  return problems;
}

/**
 * Every record of a collection's YAML files, in file order, or throws naming what is wrong: bad YAML,
 * a record without an ID, a duplicate ID, or no files at all in `folder`. The site's loader and the
 * tests' content reader both go through here, so they cannot read the content differently.
 */
export function collectRecords(
  collection: string,
  folder: string,
  shape: RecordShape,
  files: readonly YamlFile[],
): LocatedRecord[] {
  if (files.length === 0)
    throw new Error(`${folder}: no YAML files found for the ${collection} collection.`);
  const records = files.flatMap(({ filePath, text }) =>
    parseRecords(text, filePath, shape).map(([id, record]) => ({ id, filePath, record })),
  );
  const problems = duplicateIds(collection, records);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return records;
}

/** Whether a file name is a YAML file the loaders read. */
export const isYamlFile = (name: string): boolean => /\.ya?ml$/.test(name);

function isRecord(value: unknown): value is YamlRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
