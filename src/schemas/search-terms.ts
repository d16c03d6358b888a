import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { languageName } from '../lib/content-error';
import { idSchema } from './fields';

/** One way of saying something in a search: a word or a short phrase of plain words. */
const term = z
  .string({ error: 'Write each term as plain text, e.g. `local government`.' })
  .trim()
  .regex(
    /^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+){0,3}$/u,
    'A term is one to four words of letters or digits, separated by single spaces or hyphens.',
  );

/** The terms of one language: at least two, or the group says nothing in that language. */
function termsIn(code: Locale) {
  return z
    .array(term, {
      error: `List the ${languageName(code)} (${code}) terms as a YAML list, e.g. \`[pašvaldība, municipalitāte]\`.`,
    })
    .min(2, `List at least two ${languageName(code)} (${code}) terms, or leave \`${code}:\` out.`)
    .optional();
}

/**
 * Words and phrases that a search treats as meaning the same (content/data/search-terms/*.yaml,
 * a list): a query with one of them is also tried with each other term of its group in its place.
 * See docs/search.md.
 */
export const searchTermsSchema = z
  .object({
    /** Stable ID, for messages. */
    id: idSchema,
    /** For editors: where the site uses the first term (the site's own wording comes first). */
    note: z.string().trim().min(1).optional(),
    /** Per language code (`lv`, `en` …): that language's terms, the site's own wording first. */
    ...(Object.fromEntries(localeCodes.map((code) => [code, termsIn(code)])) as Record<
      Locale,
      ReturnType<typeof termsIn>
    >),
  })
  .strict();

export type SearchTerms = z.output<typeof searchTermsSchema>;
