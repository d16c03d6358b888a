import type { APIRoute } from 'astro';
import { createEvents } from 'ics';
import { localeCodes, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { icsEvent } from '../../lib/calendar';
import { loadSite } from '../../lib/content';
import { absoluteUrl } from '../../lib/urls';

/** /LANG/calendar.ics: the participation calendar for calendar programs, in one language. */
export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const lang = params.lang as Locale;
  const site = await loadSite();
  const base = import.meta.env.BASE_URL;
  const host = new URL(siteUrl!).host;
  const t = useTranslations(lang);
  const page = (key: string | undefined) => {
    const route = key ? site.route(key, lang) : undefined;
    return route ? absoluteUrl(route.href, siteUrl!.href, base) : undefined;
  };
  const { error, value } = createEvents(
    site.events.map((e) => icsEvent(e.data, lang, page(e.data.page), host, t(`calendar.kind.${e.data.kind}`))),
    { productId: `-//${host}//ogp-calendar//${lang}`, calName: t('calendar.name') },
  );
  if (error || !value) throw new Error(`The calendar could not be written: ${error?.message}`);
  return new Response(value, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
