// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// Where the site is published. Canonical and alternate links need an absolute address;
// set SITE_URL (and BASE_PATH for a sub-path such as /ogp/) when building for a real host.
const site = process.env.SITE_URL ?? 'https://atvertaparvaldiba.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Tests build broken copies of the content side by side; each gets its own output and cache.
  outDir: process.env.OGP_OUT_DIR ?? './dist',
  cacheDir: process.env.OGP_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
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
