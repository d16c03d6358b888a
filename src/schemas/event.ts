import { z } from 'astro/zod';
import { calendarDay, httpUrl, idSchema, localized, pageKey, sourceRefs } from './fields';

/** The kinds of dated event in the participation calendar. */
export const eventKinds = [
  'consultation',
  'plan-milestone',
  'council-meeting',
  'irm-report',
  'other',
] as const;

/** A dated event in the participation calendar (content/data/events/*.yaml, a list). */
export const eventSchema = z
  .object({
    /** Stable ID, used in calendar files (UID) and links. */
    id: idSchema,
    /** What happens, in each language. */
    title: localized(),
    /** Which kind of event it is. */
    kind: z.enum(eventKinds),
    /** The first (or only) day. */
    start: calendarDay,
    /** The last day of a window, e.g. a consultation; omit for a one-day event. */
    end: calendarDay.optional(),
    /** Who can take part and how, or what it means, in each language. */
    summary: localized(),
    /** Key of the page on this site that tells more, e.g. `participate/index` or `plan/6`. */
    page: pageKey.optional(),
    /** Where to take part, outside this site. */
    url: httpUrl.optional(),
    /** For a participation window: the first day the public can take part, as its sources date it. */
    opens: calendarDay.optional(),
    /** For a participation window: the last day to take part (the deadline), as its sources date it. */
    closes: calendarDay.optional(),
    /** For a participation window: what the button to `url` says, e.g. "Submit an opinion on TAP". */
    action: localized().optional(),
    /** Sources of the date and the facts. */
    sources: sourceRefs,
  })
  .strict()
  .refine((event) => event.end === undefined || event.end >= event.start, {
    error: 'The end is before the start.',
    path: ['end'],
  })
  .refine(
    (event) =>
      [event.opens, event.closes, event.action].every((v) => v === undefined) ||
      [event.opens, event.closes, event.action, event.url].every((v) => v !== undefined),
    {
      error:
        'A participation window needs all of `opens`, `closes`, `action` and `url` (where to take part); give all four, or none if the sources do not date the window.',
      path: ['closes'],
    },
  )
  .refine((event) => !event.opens || !event.closes || event.closes >= event.opens, {
    error: 'The window closes (`closes`) before it opens (`opens`).',
    path: ['closes'],
  });

export type EventData = z.output<typeof eventSchema>;
