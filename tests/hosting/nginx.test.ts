import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
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

/** A response as it came off the wire, not decompressed as fetch() does. */
const raw = (url: string, headers: Record<string, string> = {}) =>
  new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((done, fail) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', fail);
  });

// What a careless deployment puts beside the site: an unfinished build's server bundle, secrets,
// version control and editors' leftovers. Each holds SECRET so a test can tell if it was served.
const LEFTOVERS: Record<string, string> = {
  '.prerender/chunks/server.mjs': 'export const SECRET = 1;',
  '.env': 'SECRET=1',
  '.git/config': '[core] SECRET',
  'drafts/.notes': 'SECRET',
  'drafts/page.mdx': 'SECRET',
  'drafts/records.yaml': 'SECRET: 1',
  'entry.mjs': 'SECRET',
  'chunk.js.map': '{"SECRET":1}',
  'index.html~': 'SECRET',
  'build.log': 'SECRET',
};

// The documented configuration, as an operator would use it: only the folder and the port differ.
describe.skipIf(!hasNginx)('dist/ served by nginx with docs/hosting/nginx.conf', () => {
  let nginx: ChildProcess;
  let origin: string;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const port = await freePort();
    const work = resolve('tests/.tmp/nginx');
    mkdirSync(work, { recursive: true });
    // The served folder: dist/ (linked entry by entry, so nothing is written into it) with leftovers beside it.
    const root = join(work, 'root');
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root);
    for (const entry of readdirSync(DIST)) symlinkSync(resolve(DIST, entry), join(root, entry));
    for (const [file, text] of Object.entries(LEFTOVERS)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    mkdirSync(join(root, '.well-known'));
    writeFileSync(join(root, '.well-known/security.txt'), 'Contact: mailto:security@example.lv\n');
    // The site has no web app manifest yet; the configuration must still give the type when it has one.
    writeFileSync(
      join(root, 'site.webmanifest'),
      JSON.stringify({ name: 'Atvērtā pārvaldība', description: 'x'.repeat(600) }),
    );
    const server = readFileSync('docs/hosting/nginx.conf', 'utf-8')
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
      .replace('root /srv/ogp/dist;', `root ${root};`);
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
    const compressed = await raw(`${origin}/lv/`, { 'accept-encoding': 'gzip' });
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(compressed.body).toString()).toContain('<html lang="lv"');
  });

  it.each(Object.keys(LEFTOVERS))(
    'refuses %s, a dotfile or build leftover, with the 404 page',
    async (file) => {
      const response = await fetch(`${origin}/${file}`);
      expect(response.status).toBe(404);
      const body = await response.text();
      expect(body).not.toContain('SECRET');
      expect(body).toContain('<html lang=');
    },
  );

  it('still serves /.well-known/, where security.txt lives', async () => {
    const response = await fetch(`${origin}/.well-known/security.txt`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Contact:');
  });

  it('tells no nginx version, in the Server header or on its own error pages', async () => {
    for (const path of ['/lv/', '/nowhere']) {
      expect((await fetch(`${origin}${path}`)).headers.get('server'), path).toBe('nginx');
    }
    // nginx answers a POST to a static file with its own error page.
    const post = await fetch(`${origin}/lv/`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('server')).toBe('nginx');
    expect(await post.text()).not.toMatch(/nginx\/\d/);
  });

  it.each([
    ['/data/commitments.csv', 'text/csv'],
    ['/en/calendar.ics', 'text/calendar'],
    ['/data/plans.json', 'application/json'],
    ['/lv/rss.xml', 'application/xml'],
    ['/site.webmanifest', 'application/manifest+json'],
  ])('serves %s as %s in UTF-8, compressed with gzip', async (path, type) => {
    const response = await raw(`${origin}${path}`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(`${type}; charset=utf-8`);
    expect(response.headers['content-encoding']).toBe('gzip');
    const plain = await raw(`${origin}${path}`);
    expect(gunzipSync(response.body).equals(plain.body)).toBe(true);
    expect(plain.body.length).toBeGreaterThan(512);
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
