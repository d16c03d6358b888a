import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../lib/content';
import { siteDataFiles } from '../../lib/data-files';

/** /data/commitments.json, .csv, plans.json, institutions.json, sources.json and a JSON Schema beside each. */
export async function getStaticPaths() {
  const site = await loadSite();
  return siteDataFiles(site, import.meta.env.SITE, import.meta.env.BASE_URL).map((file) => ({
    params: { file: file.name },
    props: { file },
  }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { file } }) =>
  new Response(file.body, { headers: { 'content-type': file.contentType } });
