import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { run, type RunResult } from './run';

export const FIXTURE_CONTENT = 'tests/fixtures/content';

/**
 * Copies the small fixture site, lets `change` break it, and runs a real `astro build`
 * on the copy, with `env` added (e.g. OGP_BUILD_DATE). Returns the exit code and everything the build printed.
 */
export async function buildBrokenCopy(
  name: string,
  change: (root: string) => void,
  env: Record<string, string> = {},
): Promise<RunResult> {
  const work = join('tests/.tmp/broken', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const content = join(work, 'content');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  change(content);
  return run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      OGP_CONTENT_DIR: content,
      OGP_OUT_DIR: join(work, 'dist'),
      OGP_CACHE_DIR: join(work, 'cache'),
      ...env,
    },
  });
}

// What a copy of the project leaves out: content, tests, output and what git does not track.
const NOT_CODE = new Set([
  '.astro',
  '.git',
  'bench-results',
  'content',
  'dist',
  'node_modules',
  'tests',
]);

/**
 * Copies the project's code (sharing its node_modules) with the fixture site as its content, lets `change`
 * break the code, e.g. a UI dictionary, and runs a real `astro build` of that copy.
 */
export async function buildBrokenProject(
  name: string,
  change: (projectRoot: string) => void,
): Promise<RunResult> {
  const work = join('tests/.tmp/broken-project', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const entry of readdirSync('.'))
    if (!NOT_CODE.has(entry) && !entry.endsWith('.log'))
      cpSync(entry, join(work, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
  cpSync(FIXTURE_CONTENT, join(work, 'content'), { recursive: true });
  change(work);
  return run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: work,
    env: { OGP_CONTENT_DIR: 'content', OGP_OUT_DIR: 'dist', OGP_CACHE_DIR: 'cache' },
  });
}

/** Rewrites a file of the copy with a function of its text. */
export function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf-8')));
}
