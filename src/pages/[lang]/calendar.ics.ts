import type { APIRoute } from 'astro';
import { createEvents } from 'ics';
import { localeCodes } from '../../i18n/locales';
import { icsEvent } from '../../lib/calendar';

/** /LANG/calendar.ics: the participation calendar for calendar programs, in one language. */
export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ site: siteUrl, locals: { lang, t, site, href } }) => {
  const host = new URL(siteUrl!).host;
  const page = (key: string | undefined) => (key ? new URL(href(key), siteUrl).href : undefined);
  const { error, value } = createEvents(
    site.events.map((e) =>
      icsEvent(e.data, lang, page(e.data.page), host, t(`calendar.kind.${e.data.kind}`)),
    ),
    { productId: `-//${host}//ogp-calendar//${lang}`, calName: t('calendar.name') },
  );
  if (error || !value) throw new Error(`The calendar could not be written: ${error?.message}`);
  return new Response(value, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
