// @ts-check
// Serves a built site the way a plain static host does: files as they are, `dir/` as
// `dir/index.html`, and for anything missing the 404.html of its language (or the root one).
// Used by the browser tests and benchmarks; `npm run serve` previews dist/ with it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** @param {string} file */
const isFile = (file) => stat(file).then((s) => s.isFile(), () => false);

/**
 * Starts a server on a free loopback port.
 * @param {string} root the built site's folder
 * @param {string} [base] the path it is published under, e.g. `/ogp/`
 * @param {Record<string, string>} [headers] extra response headers, e.g. a Content-Security-Policy
 * @param {number} [port] 0 for any free port
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveStatic(root, base = '/', headers = {}, port = 0) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    /** @param {string} file @param {number} status */
    const send = (file, status) => {
      response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      createReadStream(file).pipe(response);
    };
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(decodeURIComponent(url.pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (await isFile(file)) return send(file, 200);
    const local404 = join(root, relative.split('/')[0] ?? '', '404.html');
    return send((await isFile(local404)) ? local404 : join(root, '404.html'), 404);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await serveStatic(process.env.OGP_OUT_DIR ?? 'dist', process.env.BASE_PATH ?? '/', {}, Number(process.env.PORT ?? 4321));
  console.log(`Serving dist/ at ${server.url} (Ctrl+C to stop)`);
}
