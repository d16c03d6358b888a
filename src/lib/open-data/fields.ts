import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../../i18n/locales';
import { UNKNOWN, type Localized } from '../../schemas/fields';
import type { Site } from '../site';

/** What a field's value may need besides its own record. */
export interface ExportContext {
  site: Site;
  /** Absolute address of the page with route key `key`, in every language. */
  pageUrls: (key: string) => Localized;
}

/** One exported field, written once: its name, its schema (for the JSON Schema) and its value in the JSON. */
export interface Field<R, S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  value: (record: R, ctx: ExportContext) => z.output<S>;
  /** False for a field the CSV leaves out (e.g. a list of objects, published as its own file). */
  csv?: boolean;
}

/**
 * A field builder for records of type `R`; it checks each value against its field's schema, so the
 * JSON cannot drift from the JSON Schema.
 * @example const field = fieldOf<Source>(); field({ name: 'title', schema: z.string(), value: (s) => s.title })
 */
export const fieldOf =
  <R>() =>
  <S extends z.ZodType>(field: Field<R, S>): Field<R> =>
    field;

/** One open data file's table, its record type erased: the fields in file order and how to make its records. */
export interface DatasetTable<N extends string = string> {
  name: N;
  /** UI-dictionary key of the file's description. */
  key: string;
  /** The fields, each with the UI-dictionary key of its documentation. */
  fields: { name: string; key: string; schema: z.ZodType; csv: boolean }[];
  /** Whether the file is also published as CSV. */
  csv: boolean;
  /** The JSON records, one per site record, fields in table order. */
  records(ctx: ExportContext): Record<string, unknown>[];
}

/** The table of dataset `name`: which site records it exports and their fields; keys are `data.file.<name>` and `data.field.<name>.<field>`. */
export function defineDataset<N extends string, R>(
  name: N,
  table: { records: (site: Site) => R[]; fields: Field<R>[]; csv?: boolean },
): DatasetTable<N> {
  return {
    name,
    key: `data.file.${name}`,
    fields: table.fields.map(({ name: field, schema, csv }) => ({
      name: field,
      key: `data.field.${name}.${field}`,
      schema,
      csv: csv ?? true,
    })),
    csv: table.csv ?? false,
    records: (ctx) =>
      table
        .records(ctx.site)
        .map((record) =>
          Object.fromEntries(table.fields.map((f) => [f.name, f.value(record, ctx)])),
        ),
  };
}

/** `unknown` in the content becomes `null` in the data: "not known". */
export const known = <T>(value: T | typeof UNKNOWN): T | null => (value === UNKNOWN ? null : value);

/** Text in every language, e.g. `{ lv: '…', en: '…' }`. */
export const text = z.object(
  Object.fromEntries(localeCodes.map((l) => [l, z.string()])) as Record<Locale, z.ZodString>,
);

/** A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
