import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { localeCodes } from '../../i18n/locales';
import type { DatasetTable } from './fields';

type Row = Record<string, unknown>;
type Column = [name: string, cell: (record: Row) => string];

const scalarCell = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';

/** `policyArea` → `policy_area`. */
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The CSV columns of one field, read from its schema: text in every language gets a column per
 * language (`title_lv`, `title_en`), a list shares one cell joined with "; ", null is an empty cell.
 */
function columnsOf({ name, schema }: DatasetTable['fields'][number]): Column[] {
  const inner = schema instanceof z.ZodNullable ? schema.unwrap() : schema;
  const column = snakeCase(name);
  if (inner instanceof z.ZodObject) {
    if (Object.keys(inner.shape).join() !== localeCodes.join())
      throw new Error(`${name}: only text in every language has a CSV form`);
    return localeCodes.map((l) => [
      `${column}_${l}`,
      (r) => (r[name] as Record<string, string> | null)?.[l] ?? '',
    ]);
  }
  if (inner instanceof z.ZodArray) {
    if (inner.element instanceof z.ZodObject)
      throw new Error(`${name}: a list of objects has no CSV form`);
    return [[column, (r) => (r[name] as unknown[] | null)?.join('; ') ?? '']];
  }
  // What is left is a string, number or boolean schema; null is an empty cell.
  return [[column, (r) => scalarCell(r[name])]];
}

/** The CSV of a dataset's records as rows, the header first: flat, one language per column, lists joined with "; ". */
export function csvRows(dataset: DatasetTable, records: Row[]): string[][] {
  const columns = dataset.fields.filter((f) => f.csv).flatMap(columnsOf);
  return [columns.map(([name]) => name), ...records.map((r) => columns.map(([, cell]) => cell(r)))];
}

/**
 * The text of a CSV file: RFC 4180 (quoted where needed, CRLF line ends) with a byte-order mark, so
 * spreadsheet programs read the Latvian letters as UTF-8. A cell that a spreadsheet would run as a
 * formula (one that starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets an apostrophe
 * in front, so it stays text: a title copied from a document cannot become a formula on a reader's computer.
 * @example csvText([['title'], ['=1+1']]) // '\uFEFFtitle\r\n\'=1+1\r\n'
 */
export const csvText = (rows: string[][]): string =>
  `\uFEFF${stringify(rows, { record_delimiter: 'windows', escape_formulas: true })}`;
