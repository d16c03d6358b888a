import { z } from 'astro/zod';
import type { Source } from '../../schemas/source';
import type { Entry } from '../entry';
import { defineDataset, fieldOf, known, partialDate } from './fields';

const field = fieldOf<Entry<Source>>();

/** sources.json: one record per source, in the order of their numbers (S0, S1 … S10). */
export const sources = defineDataset('sources', {
  records: (site) =>
    [...site.sources.entries()]
      .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
      .map(([id, data]) => ({ id, data })),
  fields: [
    field({ name: 'id', schema: z.string(), value: ({ id }) => id }),
    field({ name: 'title', schema: z.string(), value: ({ data }) => data.title }),
    field({ name: 'publisher', schema: z.string(), value: ({ data }) => data.publisher }),
    field({ name: 'url', schema: z.string().nullable(), value: ({ data }) => data.url ?? null }),
    field({
      name: 'date',
      schema: partialDate.nullable(),
      value: ({ data }) => (data.date === undefined ? null : known(data.date)),
    }),
    field({ name: 'language', schema: z.string(), value: ({ data }) => data.language }),
  ],
});
