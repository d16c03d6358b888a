import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../i18n/locales';
import { dictionaries } from '../../i18n/t';
import { loadSite } from '../../lib/content';
import { searchData } from '../../lib/search/search-data';

/** /LANG/search.json: abbreviations, labels and strings the search code loads when a visitor first searches. */
export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  return new Response(JSON.stringify(searchData(site, params.lang as Locale, dictionaries)), {
    headers: { 'content-type': 'application/json' },
  });
};
