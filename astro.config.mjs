// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { atomicOutput } from './src/integrations/atomic-output';
import { headInjectDirective } from './src/integrations/head-inject-directive';
import { notFoundPages } from './src/integrations/not-found-pages';
import { mdxGuard } from './src/lib/mdx-guard';
import { pagefindIndex } from './src/integrations/pagefind';

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
  // `astro build` makes the whole site: the 404 pages where hosts look for them, then the search index,
  // all in a staging folder that replaces outDir only when everything has succeeded (so atomicOutput comes last).
  // Pages are MDX compiled by Astro's own processor, Sätteri; the guard refuses code in them (src/lib/mdx-guard.ts).
  // headInjectDirective() removes the cause of Rolldown's MODULE_LEVEL_DIRECTIVE warnings.
  integrations: [
    mdx({ processor: satteri({ mdastPlugins: [mdxGuard()] }) }),
    headInjectDirective(),
    notFoundPages(),
    pagefindIndex(),
    atomicOutput(),
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
