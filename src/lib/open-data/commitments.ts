import { z } from 'astro/zod';
import type { CommitmentData } from '../../schemas/commitment';
import { UNKNOWN } from '../../schemas/fields';
import {
  ambitionLevels,
  completionLevels,
  diogLevels,
  ogpValueIds,
  policyAreas,
  principleIds,
  relevanceLevels,
} from '../../schemas/vocabulary';
import type { Entry } from '../entry';
import { defineDataset, fieldOf, known, partialDate, text } from './fields';

const field = fieldOf<Entry<CommitmentData>>();

/** commitments.json and commitments.csv: one record per commitment, in the order of the site. */
export const commitments = defineDataset('commitments', {
  records: (site) => site.commitments,
  csv: true,
  fields: [
    field({ name: 'id', schema: z.string(), value: ({ id }) => id }),
    field({ name: 'ogpId', schema: z.string().nullable(), value: ({ data }) => known(data.ogpId) }),
    field({ name: 'ogpIdInferred', schema: z.boolean(), value: ({ data }) => data.ogpIdInferred }),
    field({ name: 'plan', schema: z.number().int(), value: ({ data }) => data.plan }),
    field({
      name: 'number',
      schema: z.number().int().nullable(),
      value: ({ data }) => known(data.number),
    }),
    field({ name: 'title', schema: text, value: ({ data }) => data.title }),
    field({
      name: 'lead',
      schema: z.array(z.string()).nullable(),
      value: ({ data }) => known(data.lead),
    }),
    field({ name: 'partners', schema: z.array(z.string()), value: ({ data }) => data.partners }),
    field({
      name: 'principles',
      schema: z.array(z.enum(principleIds)),
      value: ({ data }) => data.principles,
    }),
    field({
      name: 'ogpValues',
      schema: z.array(z.enum(ogpValueIds)).nullable(),
      value: ({ data }) => known(data.ogpValues),
    }),
    field({
      name: 'policyArea',
      schema: z.enum(policyAreas),
      value: ({ data }) => data.policyArea,
    }),
    field({
      name: 'periodStart',
      schema: partialDate.nullable(),
      value: ({ data }) => (data.period === UNKNOWN ? null : data.period.start),
    }),
    field({
      name: 'periodEnd',
      schema: partialDate.nullable(),
      value: ({ data }) => (data.period === UNKNOWN ? null : data.period.end),
    }),
    field({
      name: 'irmStarred',
      schema: z.boolean().nullable(),
      value: ({ data }) => known(data.irm.starred),
    }),
    field({
      name: 'irmRelevance',
      schema: z.enum(relevanceLevels).nullable(),
      value: ({ data }) => known(data.irm.relevance),
    }),
    field({
      name: 'irmVerifiable',
      schema: z.boolean().nullable(),
      value: ({ data }) => known(data.irm.verifiable),
    }),
    field({
      name: 'irmAmbition',
      schema: z.enum(ambitionLevels).nullable(),
      value: ({ data }) => known(data.irm.ambition),
    }),
    field({
      name: 'irmCompletion',
      schema: z.enum(completionLevels).nullable(),
      value: ({ data }) => known(data.irm.completion),
    }),
    field({
      name: 'irmDiog',
      schema: z.enum(diogLevels).nullable(),
      value: ({ data }) => known(data.irm.diog),
    }),
    field({
      name: 'irmPromising',
      schema: z.boolean().nullable(),
      value: ({ data }) => known(data.irm.promising),
    }),
    field({
      name: 'description',
      schema: text.nullable(),
      value: ({ data }) => known(data.description),
    }),
    field({
      name: 'delivered',
      schema: text.nullable(),
      value: ({ data }) => known(data.delivered),
    }),
    field({ name: 'continues', schema: z.array(z.string()), value: ({ data }) => data.continues }),
    field({
      name: 'continuedBy',
      schema: z.array(z.string()),
      value: ({ id }, { site }) => site.continuedBy(id).map((c) => c.id),
    }),
    field({ name: 'sources', schema: z.array(z.string()), value: ({ data }) => data.sources }),
    field({
      name: 'url',
      schema: text,
      value: ({ id }, { pageUrls }) => pageUrls(`commitment/${id}`),
    }),
  ],
});
