import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../lib/content';
import { sitemapEntries, sitemapFiles, urlsetXml } from '../lib/sitemap';
import { absoluteUrl } from '../lib/urls';

/** /sitemap-N.xml: every page with its alternates in the other languages, at most 50,000 a file. */
export async function getStaticPaths() {
  const site = await loadSite();
  const entries = sitemapEntries(site, (path) =>
    absoluteUrl(path, import.meta.env.SITE, import.meta.env.BASE_URL),
  );
  return sitemapFiles(entries).map((entries, n) => ({
    params: { n: String(n) },
    props: { entries },
  }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { entries } }) =>
  new Response(urlsetXml(entries), { headers: { 'content-type': 'application/xml' } });
