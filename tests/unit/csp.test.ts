import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, HEADER_POLICY, META_POLICY } from '../../src/lib/csp';

/** Every Content-Security-Policy value a text gives, in the quoting of nginx, Apache, Caddy and Netlify. */
const policiesIn = (text: string) =>
  [...text.matchAll(/Content-Security-Policy\s*=?\s*"([a-z-]+ [^"]+)"/g)].map((m) => m[1]);

describe('the Content Security Policy is one policy everywhere', () => {
  it('is the header of the nginx configuration', () => {
    expect(policiesIn(readFileSync('docs/hosting/nginx.conf', 'utf-8'))).toEqual([HEADER_POLICY]);
  });

  it('is the header of the Apache, Caddy and Netlify configurations in docs/hosting.md', () => {
    expect(policiesIn(readFileSync('docs/hosting.md', 'utf-8'))).toEqual([
      HEADER_POLICY,
      HEADER_POLICY,
      HEADER_POLICY,
    ]);
  });

  it('is in the pages as the header less frame-ancestors, which browsers ignore in a <meta>', () => {
    const directives = (policy: string) => policy.split(/;\s*/).map((d) => d.split(' ')[0]);
    expect(directives(META_POLICY)).toEqual(
      Object.keys(CSP_DIRECTIVES).filter((d) => d !== 'frame-ancestors'),
    );
    expect(HEADER_POLICY.startsWith(META_POLICY)).toBe(true);
    expect(HEADER_POLICY).toContain("frame-ancestors 'none'");
  });

  it('allows nothing inline and nothing from another host', () => {
    expect(HEADER_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});
