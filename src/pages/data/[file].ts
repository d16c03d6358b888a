import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { siteDataFiles } from '../../lib/data-files';

/** /data/commitments.json, .csv, plans.json, institutions.json and a JSON Schema beside each. */
export async function getStaticPaths() {
  const site = await loadSite();
  return siteDataFiles(site, import.meta.env.SITE, import.meta.env.BASE_URL).map((file) => ({ params: { file: file.name }, props: { file } }));
}

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: { body: string; contentType: string } };
  return new Response(file.body, { headers: { 'content-type': file.contentType } });
};
