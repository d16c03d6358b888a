/**
 * The Content Security Policy the site is built to work under: nothing inline, nothing from
 * another host; WebAssembly and a blob: worker for the search index.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
