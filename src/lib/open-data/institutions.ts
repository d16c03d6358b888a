import { z } from 'astro/zod';
import type { Institution } from '../../schemas/institution';
import type { Entry } from '../entry';
import { defineDataset, fieldOf, text } from './fields';

const field = fieldOf<Entry<Institution>>();

/** institutions.json: one record per institution, by ID. */
export const institutions = defineDataset('institutions', {
  records: (site) =>
    [...site.institutions.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, data]) => ({ id, data })),
  fields: [
    field({ name: 'id', schema: z.string(), value: ({ id }) => id }),
    field({ name: 'name', schema: text, value: ({ data }) => data.name }),
    field({
      name: 'abbreviation',
      schema: text.nullable(),
      value: ({ data }) => data.abbreviation ?? null,
    }),
    field({
      name: 'type',
      schema: z.enum(['government', 'civil-society', 'international', 'other']),
      value: ({ data }) => data.type,
    }),
    field({
      name: 'website',
      schema: z.string().nullable(),
      value: ({ data }) => data.url ?? null,
    }),
    field({
      name: 'url',
      schema: text,
      value: ({ id }, { pageUrls }) => pageUrls(`institution/${id}`),
    }),
  ],
});
