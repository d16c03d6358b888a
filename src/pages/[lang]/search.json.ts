import type { APIRoute } from 'astro';
import { localeCodes } from '../../i18n/locales';
import { dictionaries } from '../../i18n/t';
import { searchData } from '../../lib/search/search-data';

/** /LANG/search.json: abbreviations, labels and strings the search code loads when a visitor first searches. */
export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ locals: { site, lang } }) => {
  return new Response(JSON.stringify(searchData(site, lang, dictionaries)), {
    headers: { 'content-type': 'application/json' },
  });
};
