import { z } from 'astro/zod';
import { httpUrl, idSchema, localized } from './fields';

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
  })
  .strict();

export type Institution = z.output<typeof institutionSchema>;
