// @ts-check
// Serves a built site the way a plain static host does: files as they are, `dir/` as
// `dir/index.html`, and for anything missing the 404.html of its language (or the root one).
// Used by the browser tests and benchmarks; `npm run serve` previews dist/ with it.
import { open, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
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

/**
 * Reads a regular file whole, or gives undefined when there is none. Reading from one open handle
 * means a file deleted or replaced meanwhile is either served as it was opened or not at all.
 * (The site's files are small: the largest is a few hundred kilobytes.)
 * @param {string} file
 * @returns {Promise<Buffer | undefined>}
 */
async function readRegularFile(file) {
  const handle = await open(file).catch(() => undefined);
  if (!handle) return undefined;
  try {
    return (await handle.stat()).isFile() ? await handle.readFile() : undefined;
  } catch {
    return undefined;
  } finally {
    await handle.close().catch(() => {});
  }
}

/**
 * The path's names under the base, decoded; `undefined` for a malformed escape or a NUL.
 * Splitting after decoding makes `%2f` and `%5c` separators too, so `..%2f` is seen as `..`.
 * @example segmentsOf('/lv//principles/%C4%81/') // ['lv', 'principles', 'ā']
 * @param {string} path
 * @returns {string[] | undefined}
 */
function segmentsOf(path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  return decoded.split(/[/\\]/).filter((name) => name !== '');
}

/**
 * Starts a server on a free loopback port.
 * @param {string} root the built site's folder
 * @param {string} [base] the path it is published under, e.g. `/ogp/`
 * @param {Record<string, string>} [headers] extra response headers, e.g. a Content-Security-Policy
 * @param {number} [port] 0 for any free port
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveStatic(root, base = '/', headers = {}, port = 0) {
  // `/ogp` and `/ogp/` name the same base; the slash keeps `/ogpx` out of it.
  const prefix = base.endsWith('/') ? base : `${base}/`;
  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  const answer = async (request, response) => {
    /**
     * @param {number} status
     * @param {Buffer | string} body
     * @param {Record<string, string>} [more] headers of this answer
     */
    const send = (status, body, more = {}) => {
      response.writeHead(status, {
        ...more,
        ...headers,
        'content-length': String(Buffer.byteLength(body)),
      });
      // HEAD gets the same headers, content-length included, and no body.
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    const text = (/** @type {number} */ status, /** @type {string} */ message) =>
      send(status, message, { 'content-type': 'text/plain; charset=utf-8' });
    /** @param {string} file @param {number} status */
    const sendFile = async (file, status) => {
      const body = await readRegularFile(file);
      if (!body) return false;
      send(status, body, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      return true;
    };
    /** The 404 page of the path's language, or the root one. @param {string[]} names */
    const notFound = async (names) => {
      const language = names[0]?.startsWith('.') ? undefined : names[0];
      if (language && (await sendFile(join(root, language, '404.html'), 404))) return;
      if (!(await sendFile(join(root, '404.html'), 404))) text(404, 'Not found');
    };

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, '', { allow: 'GET, HEAD' });
      return;
    }
    // The raw target, not `new URL()`: that would read `//x/` as the host `x`, and resolve `..` before we see it.
    const target = request.url ?? '/';
    const [path = '', query] = target.split(/\?(.*)/s);
    if (!path.startsWith(prefix)) {
      send(404, '');
      return;
    }
    const names = segmentsOf(path.slice(prefix.length));
    if (!names || names.includes('..')) {
      text(400, 'Bad request');
      return;
    }
    // Dotfiles and dot-folders (`.prerender/`, `.git/`) are never published.
    if (names.some((name) => name.startsWith('.'))) return notFound(names);

    let file = join(root, ...names);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) {
        // Built from the decoded names, so `//host` can never become the location.
        const location = `${prefix}${names.map(encodeURIComponent).join('/')}/${query === undefined ? '' : `?${query}`}`;
        send(301, '', { location });
        return;
      }
      file = join(file, 'index.html');
    }
    if (!(await sendFile(file, 200))) await notFound(names);
  };

  const server = createServer((request, response) => {
    answer(request, response).catch((error) => {
      console.error(`serve: ${request.method} ${request.url}:`, error);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await serveStatic(
    process.env.OGP_OUT_DIR ?? 'dist',
    process.env.BASE_PATH ?? '/',
    {},
    Number(process.env.PORT ?? 4321),
  );
  console.log(`Serving dist/ at ${server.url} (Ctrl+C to stop)`);
}
