import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeCodes } from '../i18n/locales';
import { NOT_FOUND_PATH } from '../lib/page-kinds';

/**
 * Puts each language's 404 page where static servers look for it: Astro writes
 * `LANG/404/index.html` (the page's `path` is fixed by the page-kind table), hosts want `LANG/404.html`.
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'ogp:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const lang of localeCodes) {
          const folder = join(out, lang, NOT_FOUND_PATH);
          const page = join(folder, 'index.html');
          if (!existsSync(page))
            throw new Error(
              `The build made no ${lang}/${NOT_FOUND_PATH}/index.html: every language needs its page of \`kind: not-found\`.`,
            );
          await rename(page, join(out, lang, `${NOT_FOUND_PATH}.html`));
          await rmdir(folder);
        }
        logger.info(
          `Moved the 404 page of ${localeCodes.length} languages to LANG/${NOT_FOUND_PATH}.html`,
        );
      },
    },
  };
}
