import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const DIST = 'dist';

/** Every HTML file of a built site, as paths relative to its root (`lv/index.html`). */
export function htmlFiles(root = DIST): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf-8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(root, join(root, file)))
    .sort();
}

/** A built page parsed for querying. */
export function page(file: string, root = DIST): CheerioAPI {
  return load(readFileSync(join(root, file), 'utf-8'));
}

/** The file a site path is served from: `/lv/` → `lv/index.html`. */
export function fileOf(sitePath: string): string {
  const path = decodeURIComponent(sitePath.replace(/^\//, '').replace(/[?#].*$/, ''));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
