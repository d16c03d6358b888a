// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { alternatesFromHtml } from './scripts/sitemap-alternates.mjs';

// Where the site is published. Canonical and alternate links need an absolute address;
// set SITE_URL (and BASE_PATH for a sub-path such as /ogp/) when building for a real host.
const site = process.env.SITE_URL ?? 'https://atvertaparvaldiba.example';
// Always with slashes at both ends, e.g. `/ogp/`, however BASE_PATH is written.
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const outDir = process.env.OGP_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Tests build broken copies of the content side by side; each gets its own output and cache.
  outDir,
  cacheDir: process.env.OGP_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    mdx(),
    sitemap({
      // Pages only: not the redirecting root, not the 404 pages.
      filter: (page) => !/\/404\/$/.test(page) && new URL(page).pathname !== base,
      serialize: alternatesFromHtml(outDir, base),
    }),
  ],
  // Keep the whitespace between elements: without it the search index runs words of adjacent cells together.
  compressHTML: false,
  build: {
    format: 'directory',
    // The Content Security Policy allows styles only from files: no inline <style>.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // The Content Security Policy allows scripts only from files: no inlined modules.
      assetsInlineLimit: 0,
    },
  },
});
