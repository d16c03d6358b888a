import { UNKNOWN } from '../schemas/fields';
import type { Source } from '../schemas/source';
import { dateBounds } from './dates';

/** A source with its ID, as the newest-source line needs it. */
export interface DatedSource {
  id: string;
  date: string;
}

/**
 * The newest dated source among `ids`, or undefined where none carries a date. Partial dates
 * count from their first day, so "2025" is not taken as newer than "2025-03-10"; of equal
 * first days the more precise date wins.
 * @example newestSource(['S1', 'S2'], lookup) // { id: 'S2', date: '2025-03' }
 */
export function newestSource(
  ids: readonly string[],
  source: (id: string) => Source,
): DatedSource | undefined {
  let newest: DatedSource | undefined;
  for (const id of new Set(ids)) {
    const { date } = source(id);
    if (date === undefined || date === UNKNOWN) continue;
    if (newest === undefined) {
      newest = { id, date };
      continue;
    }
    const [start] = dateBounds(date);
    const [newestStart] = dateBounds(newest.date);
    if (start > newestStart || (start === newestStart && date.length > newest.date.length))
      newest = { id, date };
  }
  return newest;
}
