import { locales, type Locale } from '../i18n/locales';

/** Dates as precise as their sources: a year, a month or a day. */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a day that exists.
 * @example isPartialDate('2017-11-07') // true
 * @example isPartialDate('2017-02-30') // false
 */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1900 || year > 2100) return false;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** How precise a partial date is. */
export function precisionOf(value: string): 'year' | 'month' | 'day' {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/**
 * Formats a partial date for readers in `lang`, with only the parts it has.
 * @example formatDate('2017-11-07', 'lv') // '2017. gada 7. novembris'
 * @example formatDate('2015-07', 'en') // 'July 2015'
 */
export function formatDate(value: string, lang: Locale): string {
  const [y, m = '1', d = '1'] = value.split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const { intl, monthYear } = locales[lang];
  switch (precisionOf(value)) {
    case 'year':
      return y as string;
    case 'month': {
      const month = new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' }).format(date);
      return monthYear.replace('{year}', y as string).replace('{month}', month);
    }
    default:
      return new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}

/**
 * The first and the last day a partial date can mean, for comparing dates of different precision.
 * @example dateBounds('2017') // ['2017-01-01', '2017-12-31']
 */
export function dateBounds(value: string): [string, string] {
  const [y, m, d] = value.split('-');
  if (d !== undefined) return [value, value];
  if (m !== undefined)
    return [
      `${y}-${m}-01`,
      `${y}-${m}-${String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()).padStart(2, '0')}`,
    ];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** True when a period's end cannot be before its start, however precise each is. */
export function periodInOrder(start: string, end: string): boolean {
  return dateBounds(end)[1] >= dateBounds(start)[0];
}
