import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/t';
import type { Site } from '../../src/lib/site';
import { csvRows } from '../../src/lib/open-data/csv';
import { datasets } from '../../src/lib/open-data/datasets';
import { defineDataset, fieldOf, text, type ExportContext } from '../../src/lib/open-data/fields';
import { jsonSchemaOf } from '../../src/lib/open-data/json-schema';

type Thing = {
  id: string;
  name: { lv: string; en: string };
  tags: string[] | null;
  size: number | null;
};
const field = fieldOf<Thing>();
const things: Thing[] = [
  { id: 'a', name: { lv: 'Ā; "x"', en: 'A' }, tags: ['t1', 't2'], size: 3 },
  { id: 'b', name: { lv: 'B', en: 'B' }, tags: null, size: null },
];
const table = defineDataset('things', {
  records: () => things,
  csv: true,
  fields: [
    field({ name: 'id', schema: z.string(), value: ({ id }) => id }),
    field({ name: 'thingName', schema: text, value: ({ name }) => name }),
    field({ name: 'tags', schema: z.array(z.string()).nullable(), value: ({ tags }) => tags }),
    field({ name: 'size', schema: z.number().int().nullable(), value: ({ size }) => size }),
    field({ name: 'page', schema: z.string(), value: ({ id }, { pageUrls }) => pageUrls(id).en }),
  ],
});
const ctx: ExportContext = {
  site: {} as Site,
  pageUrls: (key) => ({ lv: `/lv/${key}/`, en: `/en/${key}/` }),
};

describe('the open data field tables', () => {
  it('make each record from its table, fields in table order', () => {
    const records = table.records(ctx);
    expect(records.map((r) => Object.keys(r))).toEqual([
      ['id', 'thingName', 'tags', 'size', 'page'],
      ['id', 'thingName', 'tags', 'size', 'page'],
    ]);
    expect(records[1]).toEqual({
      id: 'b',
      thingName: { lv: 'B', en: 'B' },
      tags: null,
      size: null,
      page: '/en/b/',
    });
  });

  it('flatten text to a column per language, a list to one cell and null to an empty cell', () => {
    expect(csvRows(table, table.records(ctx))).toEqual([
      ['id', 'thing_name_lv', 'thing_name_en', 'tags', 'size', 'page'],
      ['a', 'Ā; "x"', 'A', 't1; t2', '3', '/en/a/'],
      ['b', 'B', 'B', '', '', '/en/b/'],
    ]);
  });

  it('refuse a CSV of a field that has no flat form', () => {
    const nested = defineDataset('nested', {
      records: () => [{}],
      csv: true,
      fields: [
        fieldOf<object>()({
          name: 'reports',
          schema: z.array(z.object({ year: z.number() })),
          value: () => [],
        }),
      ],
    });
    expect(() => csvRows(nested, nested.records(ctx))).toThrow(/reports/);
  });

  it('describe the file and every field in the JSON Schema by their dictionary keys', () => {
    const schema = jsonSchemaOf(
      table,
      (key) => `<${key}>`,
      'https://example.org/data/things.schema.json',
    ) as {
      $id: string;
      description: string;
      items: {
        properties: Record<string, { description: string }>;
        required: string[];
        additionalProperties: boolean;
      };
    };
    expect(schema.$id).toBe('https://example.org/data/things.schema.json');
    expect(schema.description).toBe('<data.file.things>');
    expect(schema.items.properties.thingName!.description).toBe('<data.field.things.thingName>');
    expect(schema.items.required).toEqual(['id', 'thingName', 'tags', 'size', 'page']);
    expect(schema.items.additionalProperties).toBe(false);
  });

  it('document every published field in each dictionary', () => {
    const keys = datasets.flatMap((d) => [d.key, ...d.fields.map((f) => f.key)]);
    expect(keys).toContain('data.field.commitments.continuedBy');
    for (const lang of localeCodes)
      expect(
        keys.filter((key) => !(key in dictionaries[lang])),
        lang,
      ).toEqual([]);
  });
});
