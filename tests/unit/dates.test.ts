import { describe, expect, it } from 'vitest';
import { formatDate, isPartialDate } from '../../src/lib/dates';

describe('partial dates', () => {
  it('accept a year, a month or a day that exists', () => {
    expect(['2012', '2015-07', '2017-11-07', '2024-02-29'].every(isPartialDate)).toBe(true);
  });

  it('reject days and months that do not exist', () => {
    expect(
      [
        '2017-02-30',
        '2023-02-29',
        '2017-13',
        '2017-00-10',
        '2017-11-31',
        '17-11-07',
        '2017/11/07',
        '',
      ].some(isPartialDate),
    ).toBe(false);
  });

  it('are written in Latvian with "gada" and in English day first', () => {
    expect(formatDate('2017-11-07', 'lv')).toBe('2017. gada 7. novembris');
    expect(formatDate('2015-07', 'lv')).toBe('2015. gada jūlijs');
    expect(formatDate('2017-11-07', 'en')).toBe('7 November 2017');
    expect(formatDate('2015-07', 'en')).toBe('July 2015');
    expect(formatDate('2012', 'en')).toBe('2012');
  });
});
