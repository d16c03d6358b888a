import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser';
import { DIST, htmlFiles, page } from '../helpers/dist';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const hasNginx = existsSync(NGINX);
if (!hasNginx)
  console.warn(
    `nginx tests skipped: no nginx at ${NGINX}. Install it with \`apt-get install nginx-light\` or set NGINX_PATH.`,
  );

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

// The documented configuration, as an operator would use it: only the folder and the port differ.
describe.skipIf(!hasNginx)('dist/ served by nginx with docs/hosting/nginx.conf', () => {
  let nginx: ChildProcess;
  let origin: string;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const port = await freePort();
    const work = resolve('tests/.tmp/nginx');
    mkdirSync(work, { recursive: true });
    const server = readFileSync('docs/hosting/nginx.conf', 'utf-8')
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
      .replace('root /srv/ogp/dist;', `root ${resolve(DIST)};`);
    writeFileSync(
      join(work, 'nginx.conf'),
      `worker_processes 1;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  client_body_temp_path ${work}/body;\n  proxy_temp_path ${work}/proxy;\n  fastcgi_temp_path ${work}/fastcgi;\n  uwsgi_temp_path ${work}/uwsgi;\n  scgi_temp_path ${work}/scgi;\n${server}\n}\n`,
    );
    nginx = spawn(NGINX, ['-c', join(work, 'nginx.conf'), '-p', work, '-g', 'daemon off;'], {
      stdio: 'inherit',
    });
    origin = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(origin).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (hasChromium) browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    nginx?.kill('SIGQUIT');
  });

  it('serves every page, and every internal link on it answers 200', async () => {
    const targets = new Set<string>();
    for (const file of htmlFiles()) {
      targets.add(`/${file.replace(/index\.html$/, '')}`);
      const $ = page(file);
      for (const el of $(
        'a[href^="/"], link[href^="/"], script[src^="/"], img[src^="/"]',
      ).toArray())
        targets.add(($(el).attr('href') ?? $(el).attr('src'))!.replace(/#.*$/, ''));
    }
    const failed: string[] = [];
    for (const target of targets) {
      const response = await fetch(`${origin}${target}`, { redirect: 'manual' });
      if (response.status !== 200) failed.push(`${target}: ${response.status}`);
    }
    expect(targets.size).toBeGreaterThan(200);
    expect(failed).toEqual([]);
  }, 120_000);

  it('answers a missing page with the 404 page of its language', async () => {
    for (const [path, lang] of [
      ['/lv/nav-tadas-lapas/', 'lv'],
      ['/en/no-such-page/', 'en'],
      ['/nowhere', 'lv'],
    ] as const) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain(`<html lang="${lang}"`);
    }
    expect(await (await fetch(`${origin}/en/no-such-page/`)).text()).toContain('Page not found');
  });

  it('sends the security policy, long caching for hashed files, short for the rest, and gzip', async () => {
    const home = await fetch(`${origin}/lv/`);
    expect(home.headers.get('content-security-policy')).toContain(
      "script-src 'self' 'wasm-unsafe-eval'",
    );
    expect(home.headers.get('cache-control')).toBe('max-age=600');
    const asset = page('lv/index.html')('link[rel="stylesheet"]').attr('href')!;
    const css = await fetch(`${origin}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(
      Number(/max-age=(\d+)/.exec(css.headers.get('cache-control') ?? '')?.[1]),
    ).toBeGreaterThan(30 * 24 * 3600);
    expect(
      (await fetch(`${origin}/pagefind/pagefind-entry.json`)).headers.get('cache-control'),
    ).toBe('max-age=600');
    // fetch() decompresses; ask again without it to see the raw encoding.
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((done) => {
      void import('node:http').then(({ get }) =>
        get(`${origin}/lv/`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            done({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        }),
      );
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toContain('<html lang="lv"');
  });

  it.skipIf(!hasChromium)(
    'works in Chromium under the policy nginx sends: language switch and search',
    async () => {
      const context = await browser!.newContext();
      const violations: string[] = [];
      await context.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation(v: string): void }).reportViolation(
            e.violatedDirective,
          ),
        ),
      );
      const tab = await context.newPage();
      await tab.goto(`${origin}/`);
      await tab.waitForURL(`${origin}/lv/`);
      await tab.locator('.language-switch a').click();
      await tab.waitForURL(`${origin}/en/`);
      await tab.keyboard.press('/');
      await tab.keyboard.type('whistleblowing');
      await tab.locator('#search-header-list [role="option"]').first().click();
      await tab.waitForURL(/\/en\//);
      expect(violations).toEqual([]);
      await context.close();
    },
  );
});
