import type { APIRoute } from 'astro';
import { localeCodes } from '../../i18n/locales';
import { commitmentsXlsx, XLSX_TYPE } from '../../lib/spreadsheet';

/** /LANG/commitments.xlsx: every commitment as a spreadsheet, in one language, for Excel and the like. */
export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ site: siteUrl, locals: { lang, t, site, href } }) => {
  const file = await commitmentsXlsx(
    site,
    lang,
    t,
    (c) => new URL(href(`commitment/${c.id}`), siteUrl).href,
  );
  return new Response(new Uint8Array(file), { headers: { 'content-type': XLSX_TYPE } });
};
