import { z } from 'astro/zod';
import { UNKNOWN } from '../../schemas/fields';
import type { PlanData } from '../../schemas/plan';
import { irmReportTypes, planStatuses, statedFigureKinds } from '../../schemas/vocabulary';
import type { Entry } from '../entry';
import { defineDataset, fieldOf, known, partialDate, text } from './fields';

const field = fieldOf<Entry<PlanData>>();

const irmReport = z.object({
  type: z.enum(irmReportTypes),
  year: z.number().int().nullable(),
  title: z.string(),
  url: z.string(),
});

/** plans.json: one record per action plan, in order. */
export const plans = defineDataset('plans', {
  records: (site) => site.plans,
  fields: [
    field({ name: 'number', schema: z.number().int(), value: ({ data }) => data.number }),
    field({ name: 'name', schema: text, value: ({ data }) => data.name }),
    field({
      name: 'periodStart',
      schema: partialDate.nullable(),
      value: ({ data }) => known(data.period.start),
    }),
    field({
      name: 'periodEnd',
      schema: partialDate.nullable(),
      value: ({ data }) => known(data.period.end),
    }),
    field({
      name: 'ogpPeriodLabel',
      schema: z.string().nullable(),
      value: ({ data }) => data.period.ogpLabel ?? null,
    }),
    field({
      name: 'approvalAct',
      schema: text.nullable(),
      value: ({ data }) => (data.approval === UNKNOWN ? null : known(data.approval.act)),
    }),
    field({
      name: 'approvalDate',
      schema: partialDate.nullable(),
      value: ({ data }) => known(data.approval)?.date ?? null,
    }),
    field({
      name: 'approvalUrl',
      schema: z.string().nullable(),
      value: ({ data }) => known(data.approval)?.url ?? null,
    }),
    field({
      name: 'coordinator',
      schema: z.string().nullable(),
      value: ({ data }) => known(data.coordinator),
    }),
    field({ name: 'status', schema: z.enum(planStatuses), value: ({ data }) => data.status }),
    field({
      name: 'commitmentCount',
      schema: z.number().int().nullable(),
      value: ({ data }) => known(data.commitmentCount),
    }),
    field({
      name: 'irmReports',
      schema: z.array(irmReport),
      value: ({ data }) =>
        data.irmReports.map((r) => ({
          type: r.type,
          year: known(r.year),
          title: r.title,
          url: r.url,
        })),
    }),
    field({ name: 'summary', schema: text, value: ({ data }) => data.summary }),
    field({
      name: 'assessment',
      schema: text.nullable(),
      value: ({ data }) => known(data.assessment),
    }),
    field({
      name: 'statedFigures',
      schema: z.array(
        z.object({
          kind: z.enum(statedFigureKinds),
          count: z.number().int(),
          of: z.number().int().nullable(),
          report: z.enum(irmReportTypes),
          sources: z.array(z.string()),
        }),
      ),
      value: ({ data }) => data.statedFigures.map((f) => ({ ...f, of: f.of ?? null })),
    }),
    field({
      name: 'statusAsOf',
      schema: partialDate.nullable(),
      value: ({ data }) => data.statusAsOf?.date ?? null,
    }),
    field({ name: 'checked', schema: partialDate, value: ({ data }) => data.checked }),
    field({ name: 'sources', schema: z.array(z.string()), value: ({ data }) => data.sources }),
    field({
      name: 'url',
      schema: text,
      value: ({ data }, { pageUrls }) => pageUrls(`plan/${data.number}`),
    }),
  ],
});
