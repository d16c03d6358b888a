import { z } from 'astro/zod';
import { httpUrl, knowable, partialDate } from './fields';

/** A public document that a fact on the site comes from (content/data/sources.yaml). */
export const sourceSchema = z
  .object({
    /** Short key used by records and pages, e.g. `S13` (the dossier's numbering). */
    id: z.string().regex(/^S\d+$/, 'A source ID looks like `S13`.'),
    /** The document's own title, in its own language. */
    title: z.string().trim().min(1),
    /** Who published it, e.g. `Valsts kanceleja` or `Open Government Partnership`. */
    publisher: z.string().trim().min(1),
    /** Where to read it; omitted only for the unpublished seed presentation (S0). */
    url: httpUrl.optional(),
    /** When it was published, as precise as known, or `unknown`; omitted where not yet looked up. */
    date: knowable(partialDate).optional(),
    /** The language the document is written in (BCP 47), e.g. `lv` or `en`. */
    language: z.string().regex(/^[a-z]{2}$/),
  })
  .strict();

export type Source = z.output<typeof sourceSchema>;
