import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { languageName } from '../lib/content-error';
import { contentDir } from '../lib/content-dir';
import { isPartialDate } from '../lib/dates';
import { asciiProblem, textProblem } from './characters';
import { fieldHints } from './hints';

type StringParams = Parameters<typeof z.string>[0];

/**
 * Text as an editor writes it, without control, direction-changing or invisible characters and without
 * a word that mixes alphabets (a control character made the news feed invalid XML); the message shows the character as U+XXXX and its column.
 */
export const plainText = (params?: StringParams) =>
  z.string(params).refine((value) => textProblem(value) === undefined, {
    abort: true,
    error: (issue) => textProblem(String(issue.input)),
  });

/**
 * An ID, key, code or date: plain printable ASCII only, so that a look-alike letter (Cyrillic `а` for `a`)
 * cannot make a second ID; the message shows the character as U+XXXX and its column.
 */
export const asciiText = (params?: StringParams) => asciiOnly(z.string(params), { abort: true });

/**
 * `schema` that also refuses any character that is not plain printable ASCII, naming it as U+XXXX and its column;
 * with `abort`, checks added after this one do not run on such a value.
 */
export const asciiOnly = <T extends z.ZodString>(schema: T, { abort = false } = {}): T =>
  schema.refine((value) => asciiProblem(value) === undefined, {
    abort,
    error: (issue) => asciiProblem(String(issue.input)),
  });

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
      plainText({
        error: (issue) =>
          issue.input === undefined
            ? `Missing translation: add \`${code}:\` with the ${languageName(code)} text.`
            : `Write the ${languageName(code)} (${code}) text as plain text.`,
      })
        .trim()
        .min(1, `The ${languageName(code)} (${code}) text is empty: write it in.`),
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
  asciiText({ error: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.' }).refine(isPartialDate, {
    error: (issue) =>
      `"${String(issue.input)}" is not a real date: write it as YYYY, YYYY-MM or YYYY-MM-DD.`,
  }),
);

/** A full calendar day, `YYYY-MM-DD`, that exists. */
export const calendarDay = asciiText({ error: 'Write the day as YYYY-MM-DD.' }).refine(
  (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value),
  {
    error: (issue) => `"${String(issue.input)}" is not a real day: write it as YYYY-MM-DD.`,
  },
);

/** A lower-case identifier that other records use to point at this one. */
export const idSchema = asciiText().regex(
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  'Use lower-case letters, digits and single hyphens, e.g. `state-chancellery`.',
);

/** A list of IDs of records in the `sources` collection, e.g. `[S13, S27]`. */
export const sourceRefs = z
  .array(
    asciiText().regex(/^S\d+$/, `A source ID looks like \`S13\`: see ${contentDir}/data/sources/.`),
  )
  .min(1, `List at least one source (an ID from ${contentDir}/data/sources/).`)
  .register(fieldHints, { expected: 'a list of source IDs', example: '[S13, S27]' });

/** An absolute http(s) URL, without hidden characters. */
export const httpUrl = plainText().pipe(
  z.url({
    protocol: /^https?$/,
    error: 'Write a full http:// or https:// address.',
  }),
);

/** The key of a page of this site, e.g. `participate/index`, `plan/6` or `commitment/lv0029`. */
export const pageKey = asciiText();

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
