import { isPartialDate } from './dates';

/**
 * The day the site is built, in Latvia (Europe/Riga): what "open now" is computed for.
 * OGP_BUILD_DATE=YYYY-MM-DD pretends the build runs on that day (tests and benchmarks only).
 * @example buildDate({ OGP_BUILD_DATE: '2026-05-05' }) // '2026-05-05'
 */
export function buildDate(
  env: Record<string, string | undefined> = process.env,
  now: Date = new Date(),
): string {
  const given = env.OGP_BUILD_DATE;
  if (given !== undefined && given !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || !isPartialDate(given)) {
      throw new Error(
        `OGP_BUILD_DATE is "${given}", which is not a real day: write it as YYYY-MM-DD, or leave it unset to use today.`,
      );
    }
    return given;
  }
  // en-CA formats a date as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(now);
}
