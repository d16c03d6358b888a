import { z } from 'astro/zod';
import type { CommitmentData, Milestone } from '../../schemas/commitment';
import { UNKNOWN } from '../../schemas/fields';
import {
  ambitionLevels,
  completionAssessors,
  completionLevels,
  completionStages,
  diogLevels,
  milestoneStatuses,
  ogpValueIds,
  policyAreas,
  principleIds,
  relevanceLevels,
} from '../../schemas/vocabulary';
import type { Entry } from '../entry';
import { defineDataset, fieldOf, known, partialDate, text } from './fields';

const field = fieldOf<Entry<CommitmentData>>();

/** One milestone as the open data give it: `unknown` becomes null. */
const milestoneRecord = (m: Milestone) => ({
  id: m.id,
  text: m.text,
  due: known(m.due),
  status: known(m.status),
  doneOn: m.doneOn ?? null,
  inferred: m.inferred !== undefined,
  sources: m.sources,
});

/** milestones.json and milestones.csv: one row per milestone, in the order of the site and the plan. */
const milestoneField = fieldOf<{ commitment: string; index: number; milestone: Milestone }>();
export const milestones = defineDataset('milestones', {
  records: (site) =>
    site.commitments.flatMap(({ id, data }) =>
      data.milestones.map((milestone, index) => ({ commitment: id, index, milestone })),
    ),
  csv: true,
  fields: [
    milestoneField({ name: 'commitment', schema: z.string(), value: (r) => r.commitment }),
    milestoneField({ name: 'order', schema: z.number().int(), value: (r) => r.index + 1 }),
    milestoneField({ name: 'id', schema: z.string(), value: (r) => r.milestone.id }),
    milestoneField({ name: 'text', schema: text, value: (r) => r.milestone.text }),
    milestoneField({
      name: 'due',
      schema: partialDate.nullable(),
      value: (r) => known(r.milestone.due),
    }),
    milestoneField({
      name: 'status',
      schema: z.enum(milestoneStatuses).nullable(),
      value: (r) => known(r.milestone.status),
    }),
    milestoneField({
      name: 'doneOn',
      schema: partialDate.nullable(),
      value: (r) => r.milestone.doneOn ?? null,
    }),
    milestoneField({
      name: 'inferred',
      schema: z.boolean(),
      value: (r) => r.milestone.inferred !== undefined,
    }),
    milestoneField({
      name: 'sources',
      schema: z.array(z.string()),
      value: (r) => r.milestone.sources,
    }),
  ],
});

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
      name: 'completionLevel',
      schema: z.enum(completionLevels).nullable(),
      value: ({ data }) => known(data.completion.level),
    }),
    field({
      name: 'completionAssessedBy',
      schema: z.enum(completionAssessors).nullable(),
      value: ({ data }) => known(data.completion.assessedBy),
    }),
    field({
      name: 'completionStage',
      schema: z.enum(completionStages).nullable(),
      value: ({ data }) => known(data.completion.stage),
    }),
    field({
      name: 'completionSources',
      schema: z.array(z.string()),
      value: ({ data }) => data.completion.sources,
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
    field({
      name: 'milestones',
      schema: z.array(
        z.object({
          id: z.string(),
          text,
          due: partialDate.nullable(),
          status: z.enum(milestoneStatuses).nullable(),
          doneOn: partialDate.nullable(),
          inferred: z.boolean(),
          sources: z.array(z.string()),
        }),
      ),
      value: ({ data }) => data.milestones.map(milestoneRecord),
      // milestones.csv has one row per milestone.
      csv: false,
    }),
    field({
      name: 'statusAsOf',
      schema: partialDate.nullable(),
      value: ({ data }) => data.statusAsOf?.date ?? null,
    }),
    field({ name: 'checked', schema: partialDate, value: ({ data }) => data.checked }),
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
