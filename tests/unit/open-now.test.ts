import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/lib/build-date';
import { openNow, splitByDay } from '../../src/lib/open-now';
import type { EventData } from '../../src/schemas/event';
import { eventSchema } from '../../src/schemas/event';

const base = {
  title: { lv: 'Apspriešana', en: 'Consultation' },
  kind: 'consultation' as const,
  summary: { lv: 'Ikviens.', en: 'Anyone.' },
  sources: ['S1'],
};
const window = (id: string, opens: string, closes: string): EventData => ({
  ...base,
  id,
  start: opens,
  end: closes,
  opens,
  closes,
  action: { lv: 'Iesniegt viedokli', en: 'Comment' },
  url: 'https://tapportals.mk.gov.lv',
});
const events = [
  window('may', '2026-05-01', '2026-05-14'),
  window('june', '2026-06-01', '2026-06-30'),
  { ...base, id: 'undated', start: '2026-05-02' },
];

describe('open now', () => {
  it('shows nothing open before a window and names it as the next to open', () => {
    const state = openNow(events, '2026-04-30');
    expect(state.open).toEqual([]);
    expect(state.next.map((e) => e.id)).toEqual(['may', 'june']);
  });

  it('shows a window as open on its first and its last day, and the later one as next', () => {
    for (const day of ['2026-05-01', '2026-05-14']) {
      const state = openNow(events, day);
      expect(state.open.map((e) => e.id)).toEqual(['may']);
      expect(state.next.map((e) => e.id)).toEqual(['june']);
    }
  });

  it('shows nothing open and nothing next the day after the last window closes', () => {
    expect(openNow(events, '2026-07-01')).toEqual({ open: [], next: [] });
  });

  it('never counts an event without a dated window as open', () => {
    expect(
      openNow([{ ...base, id: 'x', start: '2026-01-01', end: '2026-12-31' }], '2026-05-05'),
    ).toEqual({
      open: [],
      next: [],
    });
  });

  it('splits events into upcoming and past by their last day', () => {
    const wrapped = events.map((data) => ({ data }));
    const { upcoming, past } = splitByDay(wrapped, '2026-05-15');
    expect(upcoming.map((e) => e.data.id)).toEqual(['june']);
    expect(past.map((e) => e.data.id)).toEqual(['may', 'undated']);
  });
});

describe('the build date', () => {
  it('is the day OGP_BUILD_DATE names, when it is set', () => {
    expect(buildDate({ OGP_BUILD_DATE: '2026-05-05' })).toBe('2026-05-05');
  });

  it('is today in Latvia when OGP_BUILD_DATE is unset, even where it is still yesterday in UTC', () => {
    expect(buildDate({}, new Date('2026-12-02T22:30:00Z'))).toBe('2026-12-03');
  });

  it('refuses a day that does not exist, naming the variable', () => {
    expect(() => buildDate({ OGP_BUILD_DATE: '2026-02-30' })).toThrow(/OGP_BUILD_DATE.*YYYY-MM-DD/);
  });
});

describe('an event with a participation window', () => {
  const valid = window('w', '2026-05-01', '2026-05-14');

  it('is accepted with its opening and closing days, action and address', () => {
    expect(eventSchema.safeParse(valid).success).toBe(true);
  });

  it('is refused without the address to take part at, saying which fields go together', () => {
    const { url: _url, ...rest } = valid;
    const result = eventSchema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/`opens`, `closes`, `action` and `url`/);
  });

  it('is refused when it closes before it opens', () => {
    const result = eventSchema.safeParse({ ...valid, closes: '2026-04-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('closes');
  });
});
