import { z } from 'astro/zod';
import type { DatasetTable } from './fields';

/**
 * JSON Schema (draft 2020-12) of one file: an array of records, generated from the table's zod
 * schemas, each field described by `describe` of its dictionary key.
 */
export function jsonSchemaOf(
  dataset: DatasetTable,
  describe: (key: string) => string,
  id: string,
): Record<string, unknown> {
  const shape = Object.fromEntries(
    dataset.fields.map((f) => [f.name, f.schema.describe(describe(f.key))]),
  );
  return {
    $id: id,
    ...z.toJSONSchema(z.array(z.object(shape).strict()).describe(describe(dataset.key))),
  };
}
