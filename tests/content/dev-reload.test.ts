import { cpSync, mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edit, FIXTURE_CONTENT } from '../helpers/fixture-build';
import { start, type Started } from '../helpers/run';

const work = 'tests/.tmp/dev-reload';
const content = join(work, 'content');
const commitment = join(content, 'data/commitments/lv0001.yaml');

let server: Started;
let origin = '';

/** Polls `check` every 250 ms until it returns a value, or fails after `ms`. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Gave up waiting for ${what} after ${ms / 1000} s. The dev server said:\n${server.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const page = async (path: string) => {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, html: await response.text() };
};
/** Waits until the page at `path` answers with `status` and, if given, contains `text`. */
const pageBecomes = (path: string, status: number, text?: string) =>
  waitFor(`${path} to answer ${status}${text ? ` with "${text}"` : ''}`, async () => {
    const result = await page(path);
    return result.status === status && (text === undefined || result.html.includes(text)) ? result : undefined;
  });

// `astro dev` on a copy of the fixture site: an editor's change to a YAML file shows without a restart.
describe('astro dev', () => {
  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    server = start(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '4399'], {
      env: { OGP_CONTENT_DIR: content, OGP_CACHE_DIR: join(work, 'cache') },
    });
    // The port may be taken: read the address the server chose.
    origin = await waitFor('the dev server to start', () => /Local\s+(http:\/\/[^\s/]+)/.exec(server.output())?.[1], 90_000);
    await pageBecomes('/lv/apnemsanas/lv0001/', 200, 'Testa apņemšanās par līdzdalību');
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('shows a changed YAML record without a restart', async () => {
    edit(commitment, (t) => t.replace('lv: Testa apņemšanās par līdzdalību', 'lv: Mainīta apņemšanās'));
    await pageBecomes('/lv/apnemsanas/lv0001/', 200, 'Mainīta apņemšanās');
  }, 40_000);

  it('logs a YAML mistake, keeps the last good content, and recovers when it is fixed', async () => {
    edit(commitment, (t) => `${t}title: [oops\n`);
    await waitFor('the mistake to be logged', () => (/lv0001\.yaml:\d+: this is not valid YAML: /.test(server.output()) ? true : undefined));
    expect((await page('/lv/apnemsanas/lv0001/')).html).toContain('Mainīta apņemšanās');
    edit(commitment, (t) => t.replace('title: [oops\n', '').replace('lv: Mainīta apņemšanās', 'lv: Labota apņemšanās'));
    await pageBecomes('/lv/apnemsanas/lv0001/', 200, 'Labota apņemšanās');
  }, 40_000);

  it('adds the records of a new YAML file and drops them when it is deleted', async () => {
    const extra = join(content, 'data/institutions/extra.yaml');
    writeFileSync(extra, '- id: test-extra\n  name: { lv: Papildu birojs, en: Extra Office }\n  type: other\n');
    await pageBecomes('/lv/iestades/test-extra/', 200, 'Papildu birojs');
    unlinkSync(extra);
    await pageBecomes('/lv/iestades/test-extra/', 404);
  }, 60_000);

  it('logs a page date that does not exist, keeps the page as it was, and recovers when it is fixed', async () => {
    const plans = join(content, 'pages/lv/plans/index.mdx');
    edit(plans, (t) => t.replace('title: Rīcības plāni', 'title: Mainīti plāni').replace('updated: 2026-11-27', 'updated: 2026-02-30'));
    await waitFor('the date to be logged', () =>
      server.output().includes('pages/lv/plans/index.mdx:6: field "updated" is "2026-02-30", which is not a real date.') ? true : undefined,
    );
    expect((await page('/lv/plani/')).html).not.toContain('Mainīti plāni');
    edit(plans, (t) => t.replace('updated: 2026-02-30', 'updated: 2026-11-27'));
    await pageBecomes('/lv/plani/', 200, 'Mainīti plāni');
  }, 40_000);
});
