import type { APIRoute } from 'astro';
import { createEvents } from 'ics';
import { localeCodes } from '../../i18n/locales';
import { icsEvent } from '../../lib/calendar';
import { splitByDay } from '../../lib/open-now';

/** /LANG/upcoming.ics: the events still to come on the build day, for subscribers' calendar programs. */
export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ site: siteUrl, locals: { lang, t, site, href, today } }) => {
  const host = new URL(siteUrl!).host;
  const page = (key: string | undefined) => (key ? new URL(href(key), siteUrl).href : undefined);
  const { upcoming } = splitByDay(site.events, today);
  const { error, value } = createEvents(
    upcoming.map((e) =>
      icsEvent(e.data, lang, page(e.data.page), host, t(`calendar.kind.${e.data.kind}`)),
    ),
    { productId: `-//${host}//ogp-upcoming//${lang}`, calName: t('calendar.nameUpcoming') },
  );
  if (error || !value) throw new Error(`The calendar could not be written: ${error?.message}`);
  return new Response(value, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
