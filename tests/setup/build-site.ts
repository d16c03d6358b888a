import { existsSync } from 'node:fs';
import { run } from '../helpers/run';

/**
 * Builds the real site into dist/ with its search index, as `npm run build` does, so
 * `npm test` on a fresh clone needs nothing else. OGP_SKIP_BUILD=1 reuses an existing dist/.
 */
export default async function setup(): Promise<void> {
  if (process.env.OGP_SKIP_BUILD === '1' && existsSync('dist/pagefind/pagefind-entry.json')) return;
  const result = await run('npm', ['run', 'build'], { env: {} });
  if (result.code !== 0) {
    throw new Error(`npm run build failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  }
}
