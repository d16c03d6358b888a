import { describe, expect, it } from 'vitest';
import type { RawContent } from '../../src/lib/entry';
import { checkContent, checkFrontmatterDates, contentLinks } from '../../src/lib/integrity';
import { commitmentSchema } from '../../src/schemas/commitment';
import { institutionSchema } from '../../src/schemas/institution';
import { pageSchema } from '../../src/schemas/page';
import { planSchema } from '../../src/schemas/plan';
import { sourceSchema } from '../../src/schemas/source';
import {
  validCommitment,
  validInstitution,
  validPage,
  validPlan,
  validSource,
} from '../fixtures/records';

/** A small consistent set of content; each test breaks one thing. */
function content(change: (c: RawContent) => void = () => {}): RawContent {
  const c: RawContent = {
    pages: [],
    plans: [
      {
        id: 'plan-3',
        filePath: 'plans/plan-3.yaml',
        data: planSchema.parse({ ...validPlan, number: 3, commitmentCount: 2 }),
      },
    ],
    commitments: [
      {
        id: 'lv0029',
        filePath: 'commitments/lv0029.yaml',
        data: commitmentSchema.parse({ ...validCommitment, continues: ['lv0028'] }),
      },
      {
        id: 'lv0028',
        filePath: 'commitments/lv0028.yaml',
        data: commitmentSchema.parse({
          ...validCommitment,
          ogpId: 'LV0028',
          number: 1,
          continues: [],
        }),
      },
    ],
    institutions: [{ id: 'state-chancellery', data: institutionSchema.parse(validInstitution) }],
    sources: [
      { id: 'S13', data: sourceSchema.parse(validSource) },
      { id: 'S24', data: sourceSchema.parse({ ...validSource, id: 'S24' }) },
    ],
    events: [],
    changes: [],
    searchTerms: [],
  };
  change(c);
  return c;
}
const keys = new Set(['index', 'plan/3', 'commitment/lv0029', 'commitment/lv0028']);

describe('the content check', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(checkContent(content(), keys)).toEqual([]);
  });

  it('names the file and field of a source that does not exist', () => {
    const problems = checkContent(
      content((c) => (c.commitments[0]!.data.sources = ['S99'])),
      keys,
    );
    expect(problems).toEqual([
      'commitments/lv0029.yaml: field "sources" names source S99, which is not in content/data/sources/. Add it there or fix the ID.',
    ]);
  });

  it('rejects a commitment whose plan does not exist, and one continuing an unknown commitment', () => {
    const problems = checkContent(
      content((c) => {
        c.commitments[0]!.data.plan = 9;
        c.commitments[0]!.data.continues = ['lv0001'];
      }),
      keys,
    );
    expect(problems).toContain(
      'commitments/lv0029.yaml: field "plan" is 9, but there is no content/data/plans/plan-9.yaml.',
    );
    expect(problems).toContain(
      'commitments/lv0029.yaml: field "continues" names "lv0001", which is not in content/data/commitments/.',
    );
  });

  it('rejects a file name that does not match the OGP ID, and two commitments with one number', () => {
    const problems = checkContent(
      content((c) => {
        c.commitments[1]!.id = 'lv9999';
        c.commitments[1]!.data.number = 2;
      }),
      keys,
    );
    expect(problems).toContain(
      'commitments/lv0028.yaml: field "ogpId" is LV0028, so name the file lv0028.yaml.',
    );
    expect(problems.some((p) => p.includes('field "number" 2 of plan 3 is already used by'))).toBe(
      true,
    );
  });

  it('rejects a count that does not match, and an end before the start at any precision', () => {
    const problems = checkContent(
      content((c) => {
        c.plans[0]!.data.commitmentCount = 12;
        c.plans[0]!.data.period = { start: '2017-07', end: '2017-06' };
      }),
      keys,
    );
    expect(problems).toContain(
      'plans/plan-3.yaml: field "commitmentCount" says 12, but content/data/commitments/ has 2 for plan 3. Add the missing ones or correct the count.',
    );
    expect(problems).toContain(
      'plans/plan-3.yaml: field "period.end" (2017-06) is before "period.start" (2017-07).',
    );
    expect(
      checkContent(
        content((c) => (c.plans[0]!.data.period = { start: '2017-07', end: '2017' })),
        keys,
      ),
    ).toEqual([]);
  });

  it('rejects an event or news entry that points at a page that does not exist', () => {
    const problems = checkContent(
      content((c) => {
        c.changes.push({
          id: 'x',
          filePath: 'changes.yaml',
          data: {
            id: 'x',
            date: '2026-11-27',
            kind: 'site',
            title: { lv: 'a', en: 'a' },
            summary: { lv: 'a', en: 'a' },
            page: 'nowhere',
          },
        });
      }),
      keys,
    );
    expect(problems).toEqual([
      'changes.yaml: entry "x", field "page" names "nowhere", which is not a page of the site. Use a page key such as participate/index, plan/6 or commitment/lv0029.',
    ]);
  });

  it('asks a content page for its sources, but not the search page', () => {
    const { sources: _, ...sourceless } = validPage;
    const problems = checkContent(
      content((c) => {
        c.pages.push({
          id: 'lv/article',
          filePath: 'pages/lv/article.mdx',
          data: pageSchema.parse(sourceless),
        });
        c.pages.push({
          id: 'lv/search',
          filePath: 'pages/lv/search.mdx',
          data: pageSchema.parse({ ...sourceless, kind: 'search' }),
        });
      }),
      keys,
    );
    expect(problems).toEqual([
      'pages/lv/article.mdx: field "sources" is missing. List the sources of the facts on this page, e.g. `sources: [S13]`.',
    ]);
  });
});

describe('links and dates in MDX', () => {
  it('finds the site’s own link schemes only', () => {
    expect(
      contentLinks('[a](page:ogp/index) [b](https://x.lv) [c](plan:2) [d]( commitment:lv0029 )'),
    ).toEqual(['page:ogp/index', 'plan:2', 'commitment:lv0029']);
  });

  it('finds them in every form Markdown allows: with a title, in angle brackets and reference-style', () => {
    expect(
      contentLinks(
        '[a](page:nowhere "A title") [b](<plan:9>) [c](commitment:lv9999 (title)) [d][ref]\n\n[ref]: page:gone#part "t"\n',
      ),
    ).toEqual(['page:nowhere', 'plan:9', 'commitment:lv9999', 'page:gone#part']);
  });

  it('reads dates as written in the frontmatter, with either line ending', () => {
    expect(checkFrontmatterDates('---\ntitle: x\nupdated: 2026-02-30\n---\n', 'a.mdx')).toEqual([
      'a.mdx:3: field "updated" is "2026-02-30", which is not a real date. Write it as YYYY-MM-DD.',
    ]);
    expect(checkFrontmatterDates('---\r\nupdated: 2026-02-30\r\n---\r\n', 'b.mdx')).toHaveLength(1);
    expect(checkFrontmatterDates('---\nupdated: 2026-02-28\n---\n', 'c.mdx')).toEqual([]);
  });

  it('reads them after a byte order mark too', () => {
    expect(
      checkFrontmatterDates('\uFEFF---\r\ntitle: x\r\nupdated: 2026-02-30\r\n---\r\nText', 'd.mdx'),
    ).toEqual([
      'd.mdx:3: field "updated" is "2026-02-30", which is not a real date. Write it as YYYY-MM-DD.',
    ]);
  });
});
