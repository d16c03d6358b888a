import type { EventData } from '../schemas/event';
import type { Localized } from '../schemas/fields';

/** A participation window: an event whose sources date both its first and its last day. */
export type WindowEvent = Omit<EventData, 'opens' | 'closes' | 'action' | 'url'> & {
  opens: string;
  closes: string;
  action: Localized;
  url: string;
};

/** What the public can take part in on a day, and what opens after it. */
export interface OpenNow {
  /** Windows open on the day, the one closing first first. */
  open: WindowEvent[];
  /** The windows that open later, soonest first (at most `upcoming` of them). */
  next: WindowEvent[];
}

const isWindow = (event: EventData): event is WindowEvent =>
  event.opens !== undefined &&
  event.closes !== undefined &&
  event.action !== undefined &&
  event.url !== undefined;

/**
 * The participation windows open on `today` (YYYY-MM-DD; first and last day included) and the next to open.
 * @example openNow([{ opens: '2026-05-01', closes: '2026-05-14', … }], '2026-05-14').open.length // 1
 */
export function openNow(events: readonly EventData[], today: string, upcoming = 3): OpenNow {
  const windows = events.filter(isWindow);
  return {
    open: windows
      .filter((e) => e.opens <= today && today <= e.closes)
      .sort((a, b) => a.closes.localeCompare(b.closes) || a.id.localeCompare(b.id)),
    next: windows
      .filter((e) => e.opens > today)
      .sort((a, b) => a.opens.localeCompare(b.opens) || a.id.localeCompare(b.id))
      .slice(0, upcoming),
  };
}

/**
 * Splits events into those still to come or under way on `today` (by their last day) and those past.
 * @example splitByDay(events, '2026-12-02').past // events whose last day is before 2 December 2026
 */
export function splitByDay<T extends { data: EventData }>(
  events: readonly T[],
  today: string,
): { upcoming: T[]; past: T[] } {
  const last = (e: EventData) => e.closes ?? e.end ?? e.start;
  return {
    upcoming: events.filter((e) => last(e.data) >= today),
    past: events.filter((e) => last(e.data) < today),
  };
}
