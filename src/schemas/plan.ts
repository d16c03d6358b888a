import { z } from 'astro/zod';
import {
  asOfSchema,
  checkedDay,
  httpUrl,
  idSchema,
  knowable,
  localized,
  partialDate,
  plainText,
  sourceRefs,
} from './fields';
import { irmReportTypes, planStatuses, statedFigureKinds } from './vocabulary';

/** A plan-level figure as a report states it, e.g. "9 of 12 completed". */
export const statedFigureSchema = z
  .object({
    /** What is counted. */
    kind: z.enum(statedFigureKinds),
    /** How many, as stated. */
    count: z.number().int().min(0),
    /** Out of how many, where the source says, e.g. 12 in "9 of 12". */
    of: z.number().int().min(1).optional(),
    /** The report that states it. */
    report: z.enum(irmReportTypes),
    /** The sources that state it. */
    sources: sourceRefs,
  })
  .strict();

/** A report of the Independent Reporting Mechanism on a plan. */
export const irmReportSchema = z
  .object({
    /** Which kind of report it is. */
    type: z.enum(irmReportTypes),
    /** The year it was published, or `unknown`. */
    year: knowable(z.number().int().min(2011).max(2100)),
    /** Its title as published. */
    title: plainText().trim().min(1),
    /** Where to read it. */
    url: httpUrl,
  })
  .strict();

/** One of Latvia's national OGP action plans (content/data/plans/plan-N.yaml). */
export const planSchema = z
  .object({
    /** Its order: 1 for the first plan. Must match the file name `plan-N.yaml`. */
    number: z.number().int().min(1),
    /** Official name in each language. */
    name: localized(),
    /** Period of the plan as adopted in Latvia; dates as precise as the sources. */
    period: z
      .object({
        /** First month (or year) of the plan. */
        start: knowable(partialDate),
        /** Last month (or year) of the plan. */
        end: knowable(partialDate),
        /** The period as OGP labels it, where that differs, e.g. `2019–2021`. */
        ogpLabel: plainText().optional(),
      })
      .strict(),
    /** The act that approved it, or `unknown`. */
    approval: knowable(
      z
        .object({
          /** The act's name, e.g. Cabinet Order No. 633, or `unknown` where only the date is known. */
          act: knowable(localized()),
          /** The date of the act. */
          date: partialDate,
          /** Where the act is published (likumi.lv, vestnesis.lv). */
          url: httpUrl.optional(),
        })
        .strict(),
    ),
    /** ID of the institution that coordinated it (content/data/institutions/), or `unknown`. */
    coordinator: knowable(idSchema),
    /** Where the plan is in its life. */
    status: z.enum(planStatuses),
    /** How many commitments the plan has, as its sources state, or `unknown`. */
    commitmentCount: knowable(z.number().int().min(0)),
    /** IRM reports on this plan; empty where there are none yet. */
    irmReports: z.array(irmReportSchema).default([]),
    /** A few sentences on what the plan set out to do. */
    summary: localized(),
    /** The plan-level assessment (IRM and others), or `unknown`. */
    assessment: knowable(localized()),
    /** Plan-level figures as the IRM states them; empty where no source gives any. */
    statedFigures: z.array(statedFigureSchema).default([]),
    /** For a plan in preparation or in force: the date its status is known at, from a source. */
    statusAsOf: asOfSchema.optional(),
    /** When this record was last checked against its sources, YYYY-MM-DD. */
    checked: checkedDay,
    /** Sources for everything in this record. */
    sources: sourceRefs,
  })
  .strict();

export type StatedFigure = z.output<typeof statedFigureSchema>;

export type PlanData = z.output<typeof planSchema>;
