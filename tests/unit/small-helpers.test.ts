import { describe, expect, it } from 'vitest';
import { icsEvent } from '../../src/lib/calendar';
import { dateBounds, periodInOrder } from '../../src/lib/dates';
import { approvalText, planPeriod } from '../../src/lib/plan-text';
import { pluralText } from '../../src/lib/plural';
import { wrap } from '../../src/lib/share-image';
import { jsonForScript } from '../../src/lib/structured-data';

describe('small helpers', () => {
  it('compare periods of different precision by the days they can mean', () => {
    expect(dateBounds('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(periodInOrder('2017-06', '2017')).toBe(true);
    expect(periodInOrder('2017-06', '2017-05')).toBe(false);
  });

  it('say a plan’s unknown period end in words, and an unknown act beside its date', () => {
    expect(planPeriod({ period: { start: '2012-04', end: 'unknown' } }, 'en', 'not known')).toBe(
      'April 2012 – not known',
    );
    expect(
      approvalText({ act: 'unknown', date: '2012-04-10' }, 'en', (d) => `${d} (act not known)`),
    ).toBe('10 April 2012 (act not known)');
    expect(approvalText('unknown', 'lv', (d) => d)).toBeUndefined();
  });

  it('end an all-day calendar event on the next day, across months and years', () => {
    const event = {
      id: 'x',
      title: { lv: 'a', en: 'a' },
      kind: 'consultation' as const,
      start: '2025-12-31',
      summary: { lv: 'a', en: 'a' },
      sources: ['S1'],
    };
    expect(icsEvent(event, 'en', undefined, 'example.org', 'consultation')).toMatchObject({
      end: [2026, 1, 1],
    });
    expect(
      icsEvent(
        { ...event, start: '2024-02-10', end: '2024-02-29' },
        'lv',
        undefined,
        'example.org',
        'apspriešana',
      ),
    ).toMatchObject({
      start: [2024, 2, 10],
      end: [2024, 3, 1],
      categories: ['apspriešana'],
      uid: 'x.lv@example.org',
    });
  });

  it('pick a counted phrase’s plural form in the browser by the language’s rules, falling back to other', () => {
    const lv = {
      zero: 'Rādītas {{count}} apņemšanās.',
      one: 'Rādīta {{count}} apņemšanās.',
      other: 'Rādītas {{count}} apņemšanās.',
    } as Record<string, string>;
    expect(pluralText('lv', 21, (form) => lv[form])).toBe('Rādīta 21 apņemšanās.');
    expect(pluralText('lv', 11, (form) => lv[form])).toBe('Rādītas 11 apņemšanās.');
    expect(
      pluralText('en-GB', 1, (form) => ({ other: '{{count}} results' })[form as 'other']),
    ).toBe('1 results');
    expect(pluralText('en-GB', 2, () => undefined)).toBe('');
  });

  it('wrap share-image titles at spaces and mark what does not fit', () => {
    expect(wrap('Latvijas otrais nacionālais rīcības plāns', 20, 3)).toEqual([
      'Latvijas otrais',
      'nacionālais rīcības',
      'plāns',
    ]);
    expect(wrap('a b c d e f g h', 3, 2)).toEqual(['a b', 'c …']);
  });

  it('keep JSON-LD from closing its script element', () => {
    expect(jsonForScript({ a: '</script><script>x</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonForScript({ a: '</b>' }))).toEqual({ a: '</b>' });
  });
});
