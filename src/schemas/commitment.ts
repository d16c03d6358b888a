import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import {
  asOfSchema,
  asciiText,
  checkedDay,
  idSchema,
  inferenceSchema,
  knowable,
  localized,
  partialDate,
  plainText,
  sourceRefs,
} from './fields';
import { fieldHints } from './hints';
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
} from './vocabulary';

/** The IRM's assessment of one commitment, field by field; each may be `unknown`. */
export const irmAssessmentSchema = z
  .object({
    /** Starred: the IRM's mark for a relevant, ambitious, well-implemented commitment. */
    starred: knowable(z.boolean()).default('unknown'),
    /** Relevance to OGP values. */
    relevance: knowable(z.enum(relevanceLevels)).default('unknown'),
    /** Whether it was specific enough to verify. */
    verifiable: knowable(z.boolean()).default('unknown'),
    /** Ambition or potential impact. */
    ambition: knowable(z.enum(ambitionLevels)).default('unknown'),
    /** "Did it open government?" or early results. */
    diog: knowable(z.enum(diogLevels)).default('unknown'),
    /** Named "promising" in an IRM Action Plan Review. */
    promising: knowable(z.boolean()).default('unknown'),
  })
  .strict();

/** Source IDs that may be empty, e.g. for a milestone whose status is not known. */
const optionalSourceRefs = z
  .array(z.string().regex(/^S\d+$/, 'A source ID looks like `S13`: see content/data/sources.yaml.'))
  .default([]);

/** One milestone (measure) of a commitment, in the plan's order. */
export const milestoneSchema = z
  .object({
    /** Stable ID, the same in every language; the page's `#anchor`, e.g. `tap-portal`. */
    id: idSchema,
    /** What was to be done, in each language. */
    text: localized(),
    /** When it was due, as precise as the source, or `unknown`. */
    due: knowable(partialDate).default('unknown'),
    /** Where it stands, or `unknown`. A milestone marked `done` must list its sources. */
    status: knowable(z.enum(milestoneStatuses)).default('unknown'),
    /** When it was done, as precise as the source; only with `status: done`. */
    doneOn: partialDate.optional(),
    /** A short note on the status or the date, in each language. */
    note: localized().optional(),
    /** Where the milestone itself is inferred, why, in each language; omit where a source states it. */
    inferred: localized().optional(),
    /** The sources that show the milestone and its status. */
    sources: optionalSourceRefs,
  })
  .strict();

/** The commitment's completion level, who assessed it, at which stage and from which source. */
export const completionSchema = z
  .object({
    /** The level in the IRM's vocabulary, or `unknown`. */
    level: knowable(z.enum(completionLevels)).default('unknown'),
    /** Who assessed it: the IRM or the government's self-assessment, or `unknown`. */
    assessedBy: knowable(z.enum(completionAssessors)).default('unknown'),
    /** At which stage it was assessed, or `unknown`. */
    stage: knowable(z.enum(completionStages)).default('unknown'),
    /** The sources of the level; needed once the level is known. */
    sources: optionalSourceRefs,
  })
  .strict();

/** One commitment of a national action plan (content/data/commitments/ID.yaml). */
export const commitmentSchema = z
  .object({
    /** OGP's ID, e.g. `LV0029`, or `unknown`. The file name is its lower-case form where known. */
    ogpId: knowable(asciiText().regex(/^LV\d{4}$/, 'An OGP ID looks like `LV0029`.')),
    /** True where the OGP ID is inferred from the order of IDs rather than read in a source. */
    ogpIdInferred: z.boolean().default(false),
    /** Number of the plan it belongs to (content/data/plans/plan-N.yaml). */
    plan: z
      .number()
      .int()
      .min(1)
      .register(fieldHints, { expected: 'the number of a plan', example: '6' }),
    /** Its number within the plan, or `unknown`. */
    number: knowable(z.number().int().min(1)),
    /** Title in each language: the official one where the sources give it. */
    title: localized(),
    /** Where the titles differ in scope between the languages: which source each comes from, in each language. */
    titleNote: localized().optional(),
    /** For the second plan: the title as the State Chancellery's 2016 presentation (source S0) lists it, in Latvian. */
    seedTitle: plainText().trim().min(1).optional(),
    /** Languages in which `title` is this site's own rendering because no official title is known, e.g. `[lv]`. */
    unofficialTitle: z.array(z.enum(localeCodes as [Locale, ...Locale[]])).default([]),
    /** IDs of the lead institutions, or `unknown`. */
    lead: knowable(z.array(idSchema).min(1)).register(fieldHints, {
      expected: 'a list of institution IDs, or `unknown`',
      example: '[state-chancellery]',
    }),
    /** IDs of partner institutions and organisations. */
    partners: z
      .array(idSchema)
      .default([])
      .register(fieldHints, { expected: 'a list of institution IDs', example: '[delna]' }),
    /** The 2016 principles it serves. */
    principles: z
      .array(z.enum(principleIds))
      .min(1, 'Name at least one principle it serves.')
      .register(fieldHints, { expected: 'a list of principles', example: '[openness]' }),
    /** OGP values it serves, as OGP or the IRM recorded them. */
    ogpValues: knowable(z.array(z.enum(ogpValueIds)).min(1)).default('unknown'),
    /** Its policy area. */
    policyArea: z.enum(policyAreas),
    /** When it was to be carried out, or `unknown`. */
    period: knowable(
      z
        .object({
          /** Start, as precise as the source. */
          start: partialDate,
          /** End, as precise as the source. */
          end: partialDate,
        })
        .strict(),
    ).default('unknown'),
    /** The IRM's assessment. */
    irm: irmAssessmentSchema.prefault({}),
    /** A short description of what it set out to do. */
    description: knowable(localized()).default('unknown'),
    /** What was delivered, or `unknown`. */
    delivered: knowable(localized()).default('unknown'),
    /** Its milestones in the plan's order; empty where none are known. */
    milestones: z.array(milestoneSchema).default([]),
    /** How far it was carried out, and by whose assessment. */
    completion: completionSchema.prefault({}),
    /** Facts this site infers, each with its reasoning. */
    inferred: z.array(inferenceSchema).default([]),
    /** For a commitment still under way: the date its status is known at, from a source. */
    statusAsOf: asOfSchema.optional(),
    /** When this record was last checked against its sources, YYYY-MM-DD. */
    checked: checkedDay,
    /** IDs (file names) of earlier commitments this one carries on. */
    continues: z
      .array(idSchema)
      .default([])
      .register(fieldHints, { expected: 'a list of commitment IDs', example: '[lv0029]' }),
    /** Sources for everything in this record. */
    sources: sourceRefs,
  })
  .strict();

export type CommitmentData = z.output<typeof commitmentSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
