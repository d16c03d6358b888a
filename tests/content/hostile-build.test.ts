import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrokenCopy, edit, FIXTURE_CONTENT } from '../helpers/fixture-build';
import { run } from '../helpers/run';

/** Every file under `dir` with a hash of its bytes: equal snapshots mean an untouched folder. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true, encoding: 'utf-8' })
      .filter((entry) => entry.isFile())
      .map((entry): [string, string] => {
        const file = join(entry.parentPath, entry.name);
        return [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

// Real `astro build` runs of the small fixture site: what only a whole build can show.
describe('a build of hostile or broken content', () => {
  it('stops on a NUL in a YAML title naming the file, the field and the character, and leaves the previous dist/ as it was', async () => {
    const work = 'tests/.tmp/hostile/atomic';
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const content = join(work, 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const build = () =>
      run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        env: {
          OGP_CONTENT_DIR: content,
          OGP_OUT_DIR: join(work, 'dist'),
          OGP_CACHE_DIR: join(work, 'cache'),
        },
      });
    const good = await build();
    expect(good.code, good.output.slice(-2000)).toBe(0);
    const before = snapshot(join(work, 'dist'));
    expect(Object.keys(before)).toContain('en/404.html');
    expect(Object.keys(before)).toContain('pagefind/pagefind-entry.json');

    edit(join(content, 'data/commitments/lv0001.yaml'), (t) =>
      t.replace('en: Test commitment on participation', 'en: "Test commitment\\0 on participation"'),
    );
    const broken = await build();
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain('lv0001.yaml');
    expect(broken.output).toMatch(/title\.en.*U\+0000 \(null\), at column 16\./);
    expect(snapshot(join(work, 'dist'))).toEqual(before);
    // Nothing half-written is left beside it either.
    expect(readdirSync(work).sort()).toEqual(['cache', 'content', 'dist']);
  }, 180_000);

  it('stops, instead of hanging, on page parents that go round, spelling the circle out', async () => {
    const result = await buildBrokenCopy('parent-cycle', (c) => {
      edit(join(c, 'pages/en/search.mdx'), (t) => t.replace('kind: search', 'kind: search\nparent: all-pages'));
      edit(join(c, 'pages/en/all-pages.mdx'), (t) => t.replace('kind: sitemap', 'kind: sitemap\nparent: search'));
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /pages\/en\/all-pages\.mdx: field "parent" goes round in a circle: all-pages → search → all-pages \(.*pages\/en\/all-pages\.mdx, .*pages\/en\/search\.mdx\)/,
    );
    expect(existsSync('tests/.tmp/broken/parent-cycle/dist')).toBe(false);
  }, 120_000);
});
