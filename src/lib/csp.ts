/**
 * The site's Content Security Policy: nothing inline, nothing from another host; WebAssembly and a
 * blob: worker for the search index. Every HTML page carries it in a `<meta>` (src/layouts), so it holds
 * on hosts that send no headers; the configurations in docs/hosting send the same as a header.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

type Directive = keyof typeof CSP_DIRECTIVES;

/** Directives a browser ignores in a `<meta>` policy: only a header can send them. */
export const HEADER_ONLY_DIRECTIVES: readonly Directive[] = ['frame-ancestors'];

const entries = Object.entries(CSP_DIRECTIVES) as [Directive, readonly string[]][];

/** The policy as a server sends it in the `Content-Security-Policy` header. */
export const HEADER_POLICY = entries
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/**
 * The policy as every HTML page carries it, first in its `<head>`: the same, less what only a header can send.
 * It covers everything after it, so the layouts put it before any other element but the charset.
 */
export const META_POLICY = entries
  .filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name))
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
