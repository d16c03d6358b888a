import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, type RunResult } from './run';

export const FIXTURE_CONTENT = 'tests/fixtures/content';

/**
 * Copies the small fixture site, lets `change` break it, and runs a real `astro build`
 * on the copy. Returns the exit code and everything the build printed.
 */
export async function buildBrokenCopy(name: string, change: (root: string) => void): Promise<RunResult> {
  const work = join('tests/.tmp/broken', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const content = join(work, 'content');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  change(content);
  return run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { OGP_CONTENT_DIR: content, OGP_OUT_DIR: join(work, 'dist'), OGP_CACHE_DIR: join(work, 'cache') },
  });
}

/** Rewrites a file of the copy with a function of its text. */
export function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf-8')));
}
