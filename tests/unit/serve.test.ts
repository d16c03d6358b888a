import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends the path exactly as written (fetch would normalise `..` and some escapes away). */
function ask(url: string, path: string, method = 'GET'): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path, method }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    // A server that died or hangs fails the test quickly instead of at the test timeout.
    outgoing.setTimeout(5_000, () =>
      outgoing.destroy(new Error(`no answer to ${method} ${path} within 5 s`)),
    );
    outgoing.end();
  });
}

const INDEX = '<!doctype html><title>Sākums</title>';
const LV_INDEX = '<!doctype html><title>Latviski</title>';
const LV_404 = '<!doctype html><title>Lapa nav atrasta</title>';
const ROOT_404 = '<!doctype html><title>Not found</title>';
const SECRET = 'outside the root';
const FLICKER = 'this file comes and goes';

describe('the static server', () => {
  const work = mkdtempSync(join(tmpdir(), 'ogp-serve-'));
  const root = join(work, 'site');
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let sub: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    mkdirSync(join(root, 'lv'), { recursive: true });
    mkdirSync(join(root, '.prerender'));
    mkdirSync(join(root, 'evil.example'));
    writeFileSync(join(work, 'secret.txt'), SECRET);
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, '404.html'), ROOT_404);
    writeFileSync(join(root, 'style.css'), 'a{}');
    writeFileSync(join(root, 'data.bin'), 'x');
    writeFileSync(join(root, 'lv', 'index.html'), LV_INDEX);
    writeFileSync(join(root, 'lv', '404.html'), LV_404);
    writeFileSync(join(root, 'lv', '.hidden'), SECRET);
    writeFileSync(join(root, '.env'), SECRET);
    writeFileSync(join(root, '.prerender', 'index.html'), SECRET);
    writeFileSync(join(root, 'evil.example', 'index.html'), INDEX);
    writeFileSync(join(root, 'gone.txt'), 'soon deleted');
    [site, sub] = await Promise.all([
      serveStatic(root, '/', { 'content-security-policy': "default-src 'self'" }),
      serveStatic(root, '/ogp/'),
    ]);
  });
  afterAll(async () => {
    await Promise.all([site?.close(), sub?.close()]);
    rmSync(work, { recursive: true, force: true });
  });

  it('serves a folder’s index.html with its type, exact length and the extra headers', async () => {
    const answer = await ask(site.url, '/');
    expect(answer).toMatchObject({ status: 200, body: INDEX });
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(INDEX)));
    expect(answer.headers['content-security-policy']).toBe("default-src 'self'");
    expect((await ask(site.url, '/lv/')).body).toBe(LV_INDEX);
    expect((await ask(site.url, '/lv/index.html')).body).toBe(LV_INDEX);
    expect((await ask(site.url, '/style.css')).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
    expect((await ask(site.url, '/data.bin')).headers['content-type']).toBe(
      'application/octet-stream',
    );
  });

  it('redirects a folder without its slash to the folder with it, keeping the query', async () => {
    expect(await ask(site.url, '/lv')).toMatchObject({
      status: 301,
      headers: { location: '/lv/' },
    });
    expect(await ask(site.url, '/lv?q=pl%C4%81ns')).toMatchObject({
      status: 301,
      headers: { location: '/lv/?q=pl%C4%81ns' },
    });
  });

  it('never redirects to another host, however many slashes the path starts with', async () => {
    const answer = await ask(site.url, '//evil.example');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/evil.example/');
  });

  it('answers a missing page with its language’s 404 page, else the root one', async () => {
    expect(await ask(site.url, '/lv/nav-tadas/')).toMatchObject({ status: 404, body: LV_404 });
    expect(await ask(site.url, '/en/missing/')).toMatchObject({ status: 404, body: ROOT_404 });
    expect(await ask(site.url, '/missing.txt')).toMatchObject({ status: 404, body: ROOT_404 });
  });

  it('serves under its base path only', async () => {
    expect(sub.url).toMatch(/\/ogp\/$/);
    expect(await ask(sub.url, '/ogp/')).toMatchObject({ status: 200, body: INDEX });
    expect(await ask(sub.url, '/ogp/lv')).toMatchObject({
      status: 301,
      headers: { location: '/ogp/lv/' },
    });
    expect(await ask(sub.url, '/ogp/lv/missing')).toMatchObject({ status: 404, body: LV_404 });
    expect(await ask(sub.url, '/')).toMatchObject({ status: 404, body: '' });
    expect((await ask(sub.url, '/ogpx/')).status).toBe(404);
  });

  it('answers a malformed escape with 400 and goes on serving', async () => {
    for (const path of ['/%E0%A4%A', '/%ZZ', '/lv/%', '/%C4']) {
      expect((await ask(site.url, path)).status, path).toBe(400);
    }
    expect(await ask(site.url, '/')).toMatchObject({ status: 200, body: INDEX });
  });

  it('answers HEAD with the headers of GET, content-length included, and no body', async () => {
    const head = await ask(site.url, '/lv/', 'HEAD');
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(LV_INDEX)));
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
    const missing = await ask(site.url, '/lv/missing', 'HEAD');
    expect(missing).toMatchObject({ status: 404, body: '' });
    expect(missing.headers['content-length']).toBe(String(Buffer.byteLength(LV_404)));
  });

  it('refuses other methods than GET and HEAD', async () => {
    expect(await ask(site.url, '/', 'POST')).toMatchObject({
      status: 405,
      headers: { allow: 'GET, HEAD' },
    });
  });

  it('never serves a file above its root, however the dots and slashes are written', async () => {
    const paths = [
      '/../secret.txt',
      '/lv/../../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/lv/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/%2fsecret.txt',
      '/secret.txt%00.html',
    ];
    for (const path of paths) {
      const answer = await ask(site.url, path);
      expect([400, 404], path).toContain(answer.status);
      expect(answer.body, path).not.toContain(SECRET);
    }
  });

  it('never serves dotfiles or dot-folders', async () => {
    expect(await ask(site.url, '/.env')).toMatchObject({ status: 404, body: ROOT_404 });
    expect(await ask(site.url, '/.prerender/')).toMatchObject({ status: 404, body: ROOT_404 });
    expect(await ask(site.url, '/.prerender/index.html')).toMatchObject({
      status: 404,
      body: ROOT_404,
    });
    expect(await ask(site.url, '/%2eenv')).toMatchObject({ status: 404, body: ROOT_404 });
    expect(await ask(site.url, '/lv/.hidden')).toMatchObject({ status: 404, body: LV_404 });
  });

  it('answers 404 for a file deleted while it runs', async () => {
    expect(await ask(site.url, '/gone.txt')).toMatchObject({ status: 200, body: 'soon deleted' });
    rmSync(join(root, 'gone.txt'));
    expect(await ask(site.url, '/gone.txt')).toMatchObject({ status: 404, body: ROOT_404 });
  });

  it('survives a burst of malformed, valid, HEAD and vanishing-file requests, and still serves', async () => {
    const flicker = join(root, 'flicker.txt');
    // Written beside it and renamed, so the file is never seen half-written, only present or absent.
    const draft = join(root, '.flicker.txt');
    let flickering = true;
    const toggle = (async () => {
      for (let i = 0; flickering; i++) {
        if (i % 2) rmSync(flicker, { force: true });
        else {
          writeFileSync(draft, FLICKER);
          renameSync(draft, flicker);
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const kinds = [
      { path: '/%E0%A4%A', method: 'GET', expected: [400] },
      { path: '/lv/', method: 'GET', expected: [200] },
      { path: '/lv/', method: 'HEAD', expected: [200] },
      { path: '/flicker.txt', method: 'GET', expected: [200, 404] },
      { path: '/..%2fsecret.txt', method: 'GET', expected: [400] },
    ];
    const problems: string[] = [];
    try {
      for (let batch = 0; batch < 10; batch++) {
        const answers = await Promise.all(
          Array.from({ length: 20 }, async (_, i) => {
            const kind = kinds[(batch * 20 + i) % kinds.length]!;
            return { kind, answer: await ask(site.url, kind.path, kind.method) };
          }),
        );
        for (const { kind, answer } of answers) {
          if (!kind.expected.includes(answer.status))
            problems.push(`${kind.method} ${kind.path}: ${answer.status}`);
          // A vanishing file is served whole or not at all.
          if (kind.path === '/flicker.txt' && answer.status === 200 && answer.body !== FLICKER)
            problems.push(`flicker.txt served as ${JSON.stringify(answer.body)}`);
        }
      }
    } finally {
      flickering = false;
      await toggle;
    }
    expect(problems).toEqual([]);
    expect(await ask(site.url, '/')).toMatchObject({ status: 200, body: INDEX });
  });
});
