/**
 * The Content Security Policy the site is built to work under, as a server sends it: nothing inline,
 * nothing from another host; WebAssembly and a blob: worker for the search index (src/lib/csp.ts).
 */
export { HEADER_POLICY as CONTENT_SECURITY_POLICY } from '../../src/lib/csp';
