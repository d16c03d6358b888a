import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../lib/content';
import { claimsAddress } from '../../lib/page-meta';
import { pageTags } from '../../lib/search/page-tags';
import { shareImagePath } from '../../lib/urls';
import { shareImageSvg } from '../../lib/share-image';

// The font travels with the project (npm package dejavu-fonts-ttf), so every build draws the same image.
const fonts = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const fontFiles = [join(fonts, 'DejaVuSans.ttf'), join(fonts, 'DejaVuSans-Bold.ttf')];

/** /og/LANG/PATH.png: the share image of every page that has an address of its own, in every language. */
export async function getStaticPaths() {
  const site = await loadSite();
  return site.routes.filter(claimsAddress).map((route) => ({
    params: { image: shareImagePath(route).replace(/^\/og\//, '') },
    props: { route },
  }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { route }, locals: { t } }) => {
  const { kind } = pageTags(route);
  // A generic page needs no label on its card; principles, plans and commitments say what they are.
  const label = kind === 'page' ? '' : t(`search.kind.${kind}`);
  const svg = shareImageSvg({
    siteName: t('site.name'),
    title: route.title,
    kind: label,
    font: 'DejaVu Sans',
  });
  const png = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
