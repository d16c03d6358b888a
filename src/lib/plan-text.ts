import type { Locale } from '../i18n/locales';
import { UNKNOWN } from '../schemas/fields';
import type { PlanData } from '../schemas/plan';
import { formatDate } from './dates';

/**
 * A plan's period as readers see it; an unknown end shows as an open range.
 * @example planPeriod({ period: { start: '2015-07', end: '2017-06' } }, 'en') // 'July 2015 – June 2017'
 */
export function planPeriod(plan: Pick<PlanData, 'period'>, lang: Locale): string {
  const { start, end } = plan.period;
  const part = (value: string) => (value === UNKNOWN ? '…' : formatDate(value, lang));
  return `${part(start)} – ${part(end)}`;
}
