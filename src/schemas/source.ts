import { z } from 'astro/zod';
import { asciiText, httpUrl, knowable, partialDate, plainText } from './fields';

/** A public document that a fact on the site comes from (content/data/sources/, a list). */
export const sourceSchema = z
  .object({
    /** Short key used by records and pages, e.g. `S13` (the dossier's numbering). */
    id: asciiText().regex(/^S\d+$/, 'A source ID looks like `S13`.'),
    /** The document's own title, in its own language. */
    title: plainText().trim().min(1),
    /** Who published it, e.g. `Valsts kanceleja` or `Open Government Partnership`. */
    publisher: plainText().trim().min(1),
    /** Where to read it; omitted only for the unpublished seed presentation (S0). */
    url: httpUrl.optional(),
    /** When it was published, as precise as known, or `unknown`; omitted where not yet looked up. */
    date: knowable(partialDate).optional(),
    /** The language the document is written in (BCP 47), e.g. `lv` or `en`. */
    language: asciiText().regex(/^[a-z]{2}$/),
  })
  .strict();

export type Source = z.output<typeof sourceSchema>;
