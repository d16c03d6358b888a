import { describe, expect, it } from 'vitest';
import { META_POLICY } from '../../src/lib/csp';
import { htmlFiles, page } from '../helpers/dist';

// Hosts such as GitHub Pages send no Content-Security-Policy header: each page carries the policy itself.
describe('every HTML page carries the Content Security Policy', () => {
  const files = htmlFiles();

  it(`in a <meta> right after the charset, before anything it must cover (${files.length} pages)`, () => {
    const wrong: string[] = [];
    for (const file of files) {
      const $ = page(file);
      const head = $('head').children().toArray();
      const policies = $('meta[http-equiv="content-security-policy" i]');
      const [charset, policy] = head;
      if (policies.length !== 1) wrong.push(`${file}: ${policies.length} policies`);
      else if (!charset || $(charset).attr('charset') !== 'utf-8')
        wrong.push(`${file}: the charset is not first`);
      else if (policy !== policies[0]) wrong.push(`${file}: the policy is not second in <head>`);
      else if (policies.attr('content') !== META_POLICY)
        wrong.push(`${file}: ${policies.attr('content')}`);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('and has no inline script it would block, only JSON-LD data', () => {
    const inline = files.flatMap((file) => {
      const $ = page(file);
      return $('script:not([src])')
        .toArray()
        .filter((s) => $(s).attr('type') !== 'application/ld+json')
        .map((s) => `${file}: ${$(s).text().slice(0, 60)}`);
    });
    expect(inline).toEqual([]);
  });
});
