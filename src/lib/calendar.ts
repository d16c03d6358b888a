import type { EventAttributes } from 'ics';
import type { Locale } from '../i18n/locales';
import type { EventData } from '../schemas/event';

type Day = [number, number, number];
const dayOf = (value: string) => value.split('-').map(Number) as Day;

/**
 * An event as an all-day calendar entry (RFC 5545). The end is the day after the last
 * day, as calendar programs expect of all-day events.
 * @example icsEvent({ start: '2021-06-29', … }, 'lv', url, host, 'apspriešana').end // [2021, 6, 30]
 */
export function icsEvent(
  event: EventData,
  lang: Locale,
  pageUrl: string | undefined,
  host: string,
  kindLabel: string,
): EventAttributes {
  const [y, m, d] = dayOf(event.end ?? event.start);
  const after = new Date(Date.UTC(y, m - 1, d + 1));
  const url = event.url ?? pageUrl;
  return {
    uid: `${event.id}.${lang}@${host}`,
    title: event.title[lang],
    description: event.summary[lang],
    start: dayOf(event.start),
    end: [after.getUTCFullYear(), after.getUTCMonth() + 1, after.getUTCDate()],
    categories: [kindLabel],
    ...(url ? { url } : {}),
  };
}
