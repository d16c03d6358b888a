// @ts-check
// After `astro build`: puts each language's 404 page where static servers look for it
// (dist/LANG/404.html), then builds the Pagefind search index, one per <html lang>.
import { existsSync } from 'node:fs';
import { readdir, rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const outDir = process.env.OGP_OUT_DIR ?? 'dist';

for (const entry of await readdir(outDir, { withFileTypes: true })) {
  const page = join(outDir, entry.name, '404', 'index.html');
  if (entry.isDirectory() && existsSync(page)) {
    await rename(page, join(outDir, entry.name, '404.html'));
    await rmdir(join(outDir, entry.name, '404'));
  }
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
console.log(`Pagefind indexed ${added.page_count} pages into ${join(outDir, 'pagefind')}/`);
await pagefind.close();
