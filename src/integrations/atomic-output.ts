import { existsSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * `astro build` writes into a staging folder beside the output folder (`.dist-staging` beside `dist`) and
 * puts it in place of the output folder only once the whole build, search index and 404 pages included,
 * has succeeded. A failed build leaves the previous output as it was, and never an empty or half-written
 * one. List it after every integration that writes into the output on `astro:build:done`: hooks run in
 * the order of the list, and this one moves the folder away from them.
 */
export function atomicOutput(): AstroIntegration {
  let target: string | undefined;
  let staging: string | undefined;
  let swapped = false;
  return {
    name: 'ogp:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir).replace(/[/\\]+$/, '');
        staging = join(dirname(target), `.${basename(target)}-staging`);
        // What a failed or interrupted build left behind.
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        // A failed build ends the process without astro:build:done: its half-written folder goes too.
        process.once('exit', () => {
          if (!swapped && staging) rmSync(staging, { recursive: true, force: true });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!target || !staging) return;
        if (fileURLToPath(dir).replace(/[/\\]+$/, '') !== staging)
          throw new Error(
            `The build wrote to ${fileURLToPath(dir)}, not to ${staging}: another integration changed outDir after ogp:atomic-output.`,
          );
        const previous = join(dirname(target), `.${basename(target)}-previous`);
        await rm(previous, { recursive: true, force: true });
        const hadOutput = existsSync(target);
        if (hadOutput) await rename(target, previous);
        try {
          await rename(staging, target);
        } catch (error) {
          if (hadOutput) await rename(previous, target);
          throw error;
        }
        swapped = true;
        await rm(previous, { recursive: true, force: true });
        logger.info(`Replaced ${target} with the new build`);
      },
    },
  };
}
