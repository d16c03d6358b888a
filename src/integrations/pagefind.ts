import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { writeVocabularies } from './search-vocabulary';

/**
 * Builds the Pagefind search index once the pages are written: one index per `<html lang>`,
 * from each page's `data-pagefind-body`, into `pagefind/` of the output folder, with each
 * language's vocabulary beside it for correcting mistyped words.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'ogp:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: out });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${out}: ${added.errors.join('; ')}`);
          const outputPath = join(out, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          const vocabularies = await writeVocabularies(outputPath);
          logger.info(
            `Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms; vocabulary: ${Object.entries(
              vocabularies,
            )
              .map(([language, count]) => `${language} ${count} words`)
              .join(', ')}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
