import { z } from 'astro/zod';
import { localeCodes, locales, type Locale } from '../i18n/locales';
import { isPartialDate } from '../lib/dates';

/** The word an editor writes where a fact is not known. */
export const UNKNOWN = 'unknown' as const;

/** A value that may be recorded as `unknown`; never left out, never guessed. */
export function knowable<T extends z.ZodType>(schema: T) {
  return z.union([z.literal(UNKNOWN), schema]);
}

/**
 * Text in every locale, e.g. `{ lv: 'Atklātība', en: 'Openness' }`.
 * A missing language fails with the field's path and the language to add.
 */
export function localized() {
  const shape = Object.fromEntries(
    localeCodes.map((code) => [
      code,
      z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? `Missing translation: add \`${code}:\` with the ${locales[code].name} text.`
              : `Write the ${locales[code].name} (${code}) text as plain text.`,
        })
        .trim()
        .min(1, `The ${locales[code].name} (${code}) text is empty: write it in.`),
    ]),
  ) as Record<Locale, z.ZodString>;
  return z.object(shape).strict();
}

/** Localised text as the schema outputs it. */
export type Localized = Record<Locale, string>;

/**
 * A calendar date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source is.
 * YAML years arrive as numbers, so they are read as text first.
 */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string({ error: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.' }).refine(isPartialDate, {
    error: (issue) =>
      `"${String(issue.input)}" is not a real date: write it as YYYY, YYYY-MM or YYYY-MM-DD.`,
  }),
);

/** A full calendar day, `YYYY-MM-DD`, that exists. */
export const calendarDay = z
  .string({ error: 'Write the day as YYYY-MM-DD.' })
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value), {
    error: (issue) => `"${String(issue.input)}" is not a real day: write it as YYYY-MM-DD.`,
  });

/** A lower-case identifier that other records use to point at this one. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Use lower-case letters, digits and single hyphens, e.g. `state-chancellery`.',
  );

/** A list of IDs of records in the `sources` collection, e.g. `[S13, S27]`. */
export const sourceRefs = z
  .array(z.string().regex(/^S\d+$/, 'A source ID looks like `S13`: see content/data/sources.yaml.'))
  .min(1, 'List at least one source (an ID from content/data/sources.yaml).');

/** An absolute http(s) URL. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'Write a full http:// or https:// address.',
});

/** When a record's facts were last checked against its sources: a full day, `YYYY-MM-DD`. */
export const checkedDay = calendarDay;

/** The date a status holds at, from a source: "as of <date>". */
export const asOfSchema = z
  .object({
    /** The date of the newest source that shows the status, as precise as that source. */
    date: partialDate,
    /** The sources that show the status at that date. */
    sources: sourceRefs,
  })
  .strict();

/** A fact this site infers rather than reads in a source, with the reasoning. */
export const inferenceSchema = z
  .object({
    /** The inferred fact, in each language. */
    fact: localized(),
    /** Why it is inferred: what the sources say and what they leave open, in each language. */
    reasoning: localized(),
    /** The sources the reasoning starts from. */
    sources: sourceRefs,
  })
  .strict();
