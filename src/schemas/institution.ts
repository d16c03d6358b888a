import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { httpUrl, idSchema, localized, partialDate, sourceRefs } from './fields';

/** A name an institution had before, e.g. before a reorganisation. */
const formerNameSchema = z
  .object({
    /** The former official name in each language. */
    name: localized(),
    /** The former abbreviation in each language, where one was used. */
    abbreviation: localized().optional(),
    /** The day (or month, or year) from which the next name applied, e.g. `2024-07-01`. */
    changed: partialDate,
    /** The sources that show the change, e.g. `[S300]`. */
    sources: sourceRefs,
  })
  .strict();

/** A public body or organisation that leads or partners in commitments (content/data/institutions/, a list). */
export const institutionSchema = z
  .object({
    /** Stable ID that commitments and plans use, e.g. `state-chancellery`. */
    id: idSchema,
    /** Official name in each language. */
    name: localized(),
    /** Customary abbreviation in each language, e.g. `{ lv: VK, en: SC }`; omit where none is used. */
    abbreviation: localized().optional(),
    /** Whether it is a government body or a civil-society organisation. */
    type: z.enum(['government', 'civil-society', 'international', 'other']),
    /** Its own website. */
    url: httpUrl.optional(),
    /**
     * The last part of its address in a language where that differs from the ID, e.g.
     * `{ lv: kulturas-ministrija }` gives /lv/iestades/kulturas-ministrija/. Omit a language to use the ID.
     */
    slug: z
      .object(
        Object.fromEntries(localeCodes.map((code) => [code, idSchema.optional()])) as Record<
          Locale,
          z.ZodOptional<typeof idSchema>
        >,
      )
      .strict()
      .optional(),
    /** Its earlier names, oldest first; the name above is the current one. */
    formerNames: z.array(formerNameSchema).optional(),
  })
  .strict();

export type Institution = z.output<typeof institutionSchema>;
