import { z } from 'astro/zod';
import { calendarDay, idSchema, localized, pageKey } from './fields';

/** What kind of change a news entry reports. */
export const changeKinds = [
  'new-plan',
  'status-change',
  'participation',
  'content',
  'site',
] as const;

/** A dated change to the site, for the news feeds (content/data/changes/*.yaml, a list). */
export const changeSchema = z
  .object({
    /** Stable ID: the feed entry's identity. */
    id: idSchema,
    /** The day the change was published on this site, YYYY-MM-DD. */
    date: calendarDay,
    /** What kind of change it is. */
    kind: z.enum(changeKinds),
    /** Headline in each language. */
    title: localized(),
    /** One or two sentences in each language. */
    summary: localized(),
    /** Key of the page the entry links to, e.g. `plan/6` or `participate/index`. */
    page: pageKey,
  })
  .strict();

export type ChangeData = z.output<typeof changeSchema>;
