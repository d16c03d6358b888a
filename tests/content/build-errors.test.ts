import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrokenCopy, buildBrokenProject, edit } from '../helpers/fixture-build';

// Each case is a real `astro build` of a small site with one mistake in it: the build
// must stop, and its output must name the file, the field and what to do.
describe('the build stops on bad content', () => {
  it('when a page has no twin in the other language', async () => {
    const result = await buildBrokenCopy('missing-twin', (c) => rmSync(join(c, 'pages/en/plans/index.mdx')));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('pages/lv/plans/index.mdx: has no English twin. Create tests/.tmp/broken/missing-twin/content/pages/en/plans/index.mdx');
  });

  it('when a translation is missing from a data record', async () => {
    const result = await buildBrokenCopy('missing-translation', (c) =>
      edit(join(c, 'data/commitments/lv0001.yaml'), (t) => t.replace(', en: Test commitment on participation', '')),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('lv0001.yaml');
    expect(result.output).toMatch(/title\.en.*Missing translation: add `en:` with the English text\./);
  });

  it('when a date does not exist', async () => {
    const result = await buildBrokenCopy('bad-date', (c) => edit(join(c, 'data/plans/plan-1.yaml'), (t) => t.replace('start: 2012-04', 'start: 2012-13')));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('plan-1.yaml');
    expect(result.output).toMatch(/period\.start.*"2012-13" is not a real date/);
  });

  it('when a page date in the frontmatter does not exist', async () => {
    const result = await buildBrokenCopy('bad-page-date', (c) => edit(join(c, 'pages/en/search.mdx'), (t) => t.replace('updated: 2026-11-27', 'updated: 2026-02-30')));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('pages/en/search.mdx:6: field "updated" is "2026-02-30", which is not a real date.');
  });

  it('when page dates do not exist, listing each, whatever the line ends and byte order mark', async () => {
    const result = await buildBrokenCopy('bad-page-dates', (c) => {
      edit(join(c, 'pages/en/search.mdx'), (t) => `\uFEFF${t.replace('updated: 2026-11-27', 'updated: 2026-02-30').replaceAll('\n', '\r\n')}`);
      edit(join(c, 'pages/lv/index.mdx'), (t) => t.replace('updated: 2026-11-27', 'updated: 2026-11-31'));
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('pages/en/search.mdx:6: field "updated" is "2026-02-30", which is not a real date. Write it as YYYY-MM-DD.');
    expect(result.output).toContain('pages/lv/index.mdx:6: field "updated" is "2026-11-31", which is not a real date.');
  });

  it('when a line of a page starts with a date, which Markdown would make a numbered list', async () => {
    const result = await buildBrokenCopy('date-list', (c) => edit(join(c, 'pages/lv/index.mdx'), (t) => `${t}\n\n2022. gada 20. janvārī tika pieņemts likums.\n`));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/pages\/lv\/index\.mdx, line \d+: "2022\. gada 20\. janvārī tika .*" starts a line, so Markdown makes it a numbered list starting at 2022/);
    expect(result.output).toContain('"2022\\." keeps it as text');
  });

  it('when a commitment names an institution that does not exist', async () => {
    const result = await buildBrokenCopy('unknown-reference', (c) => edit(join(c, 'data/commitments/lv0001.yaml'), (t) => t.replace('lead: [test-office]', 'lead: [nobody]')));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('lv0001.yaml: field "lead" names institution "nobody", which is not in tests/.tmp/broken/unknown-reference/content/data/institutions/.');
  });

  it('when two records share an ID', async () => {
    const result = await buildBrokenCopy('duplicate-id', (c) =>
      edit(join(c, 'data/institutions/institutions.yaml'), (t) => `${t}- id: test-office\n  name: { lv: Cits, en: Other }\n  type: government\n`),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/institutions\.yaml:\d+: the institutions ID "test-office" is already used in .*institutions\.yaml:1\./);
  });

  it('when a page links to a page that does not exist', async () => {
    const result = await buildBrokenCopy('broken-link', (c) => edit(join(c, 'pages/lv/index.mdx'), (t) => t.replace('page:plans/index', 'page:plans/nowhere')));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('pages/lv/index.mdx: the link "page:plans/nowhere" leads nowhere.');
  });

  it('when a translation was not updated with its twin', async () => {
    const result = await buildBrokenCopy('outdated-twin', (c) => edit(join(c, 'pages/en/plans/index.mdx'), (t) => t.replace('updated: 2026-11-27', 'updated: 2026-10-01')));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('pages/en/plans/index.mdx: field "updated" is 2026-10-01, but its Latvian twin was updated on 2026-11-27.');
  });

  // The dictionaries are code, not content: this builds a copy of the project whose en.json lacks a label.
  it('when a UI dictionary lacks the label of a vocabulary value', async () => {
    const result = await buildBrokenProject('missing-label', (p) =>
      edit(join(p, 'src/i18n/ui/en.json'), (t) => t.replace(/\n\s*"policyArea\.lobbying": "[^"]*",/, '')),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('src/i18n/ui/en.json: key "policyArea.lobbying" is missing. It is the label of "lobbying" (policyAreas in src/schemas/vocabulary.ts): add it with the English text.');
  });

  it('but builds the unbroken fixture site, printing no warnings', async () => {
    const result = await buildBrokenCopy('unbroken', () => {});
    expect(result.output).not.toMatch(/problem/);
    expect(result.output).not.toMatch(/\[WARN\]|MODULE_LEVEL_DIRECTIVE/);
    expect(result.code).toBe(0);
  });
});
