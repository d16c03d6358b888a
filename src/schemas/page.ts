import { z } from 'astro/zod';
import { asciiOnly, pageKey, partialDate, plainText, sourceRefs } from './fields';
import { pageKinds, principleIds } from './vocabulary';

/** A prose page in one language (content/pages/LANG/….mdx). Its twin has the same file path in the other language. */
export const pageSchema = z
  .object({
    /** The page's title: its `<h1>` and `<title>`. */
    title: plainText().trim().min(1),
    /** One or two sentences for search engines and link previews. */
    description: plainText()
      .trim()
      .min(20, 'Write a description of at least 20 characters.')
      .max(200),
    /** URL path inside the language, without slashes at the ends, e.g. `principi/atklatiba`; `''` for the home page. */
    path: asciiOnly(
      z
        .string()
        .regex(
          /^(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*)?$/,
          'Use lower-case ASCII words joined by hyphens and slashes, e.g. `principi/atklatiba`.',
        ),
    ),
    /** Paths the page had before, e.g. `[pieejamiba]`: listed in moved-addresses.txt for redirects. */
    formerPaths: z
      .array(
        asciiOnly(
          z
            .string()
            .regex(
              /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/,
              'Write each former path as the `path` field was written, e.g. `pieejamiba`.',
            ),
        ),
      )
      .optional(),
    /** What kind of page it is; some kinds add generated lists below the text. */
    kind: z.enum(pageKinds).default('article'),
    /** Twin-independent key of the parent page for breadcrumbs, e.g. `principles/index`; the home page when omitted. */
    parent: pageKey.optional(),
    /** For `kind: principle`: which principle the page is about. */
    principle: z.enum(principleIds).optional(),
    /** Short label in menus and breadcrumbs; the title when omitted. */
    shortTitle: plainText().trim().min(1).optional(),
    /** When the text was last checked against its sources (YYYY-MM-DD). Frontmatter YAML reads it as a date. */
    updated: z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
      partialDate,
    ),
    /** Sources of the facts on the page. */
    sources: sourceRefs.optional(),
  })
  .strict()
  .refine((page) => page.kind !== 'principle' || page.principle !== undefined, {
    error: 'A page of `kind: principle` names its `principle:`.',
    path: ['principle'],
  });

export type PageData = z.output<typeof pageSchema>;
