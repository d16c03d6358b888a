import type { Locale } from '../i18n/locales';
import { UNKNOWN } from '../schemas/fields';
import type { PlanData } from '../schemas/plan';
import { formatDate } from './dates';

/**
 * A plan's period as readers see it; an unknown start or end is said to be not known.
 * @example planPeriod({ period: { start: '2015-07', end: '2017-06' } }, 'en', 'not known') // 'July 2015 – June 2017'
 * @example planPeriod({ period: { start: '2012-04', end: 'unknown' } }, 'en', 'not known') // 'April 2012 – not known'
 */
export function planPeriod(
  plan: Pick<PlanData, 'period'>,
  lang: Locale,
  unknownText: string,
): string {
  const { start, end } = plan.period;
  const part = (value: string) => (value === UNKNOWN ? unknownText : formatDate(value, lang));
  return `${part(start)} – ${part(end)}`;
}

/**
 * The approving act and its date as one phrase, or undefined when nothing is known.
 * `actUnknown` words the case where only the date is known.
 * @example approvalText(plan3.approval, 'en', …) // 'Cabinet Order No. 633, 7 November 2017'
 */
export function approvalText(
  approval: PlanData['approval'],
  lang: Locale,
  actUnknown: (date: string) => string,
): string | undefined {
  if (approval === UNKNOWN) return undefined;
  const date = formatDate(approval.date, lang);
  return approval.act === UNKNOWN ? actUnknown(date) : `${approval.act[lang]}, ${date}`;
}
