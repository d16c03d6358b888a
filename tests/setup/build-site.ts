import { existsSync } from 'node:fs';
import { run } from '../helpers/run';

/**
 * Builds the real site into dist/ with its search index, as `npm run build` does, so
 * `npm test` on a fresh clone needs nothing else. OGP_SKIP_BUILD=1 skips it (unit tests, or a dist/ just built).
 */
export default async function setup(): Promise<void> {
  if (process.env.OGP_SKIP_BUILD === '1') {
    if (!existsSync('dist/pagefind/pagefind-entry.json'))
      console.warn(
        'OGP_SKIP_BUILD=1 and no dist/: tests of the built site will fail; run `npm run build` first.',
      );
    return;
  }
  const result = await run('npm', ['run', 'build'], { env: {} });
  if (result.code !== 0) {
    throw new Error(`npm run build failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  }
}
