import { describe, expect, it } from 'vitest';
import type { RawContent } from '../../src/lib/entry';
import { findCycles, spelledOut } from '../../src/lib/cycles';
import { assembleSite, ContentError } from '../../src/lib/site';
import { readContent } from '../helpers/content';

const graph = (edges: Record<string, string[]>) =>
  findCycles(Object.keys(edges), (node) => edges[node] ?? []);

describe('finding cycles', () => {
  it('finds none in a tree', () => {
    expect(graph({ a: [], b: ['a'], c: ['a'], d: ['c'] })).toEqual([]);
  });

  it('finds a node that points at itself', () => {
    expect(graph({ a: ['a'], b: ['a'] })).toEqual([['a']]);
  });

  it('finds a cycle once, from its smallest node, however the walk enters it', () => {
    expect(graph({ c: ['a'], b: ['c'], a: ['b'], d: ['b'] })).toEqual([['a', 'b', 'c']]);
  });

  it('finds separate cycles, and one behind a node with several edges', () => {
    expect(graph({ a: ['b'], b: ['a'], x: ['y', 'z'], y: [], z: ['x'] })).toEqual([
      ['a', 'b'],
      ['x', 'z'],
    ]);
  });

  it('spells a cycle out back to where it starts', () => {
    expect(spelledOut(['about', 'glossary'])).toBe('about → glossary → about');
    expect(spelledOut(['about'])).toBe('about → about');
  });
});

const FIXTURE = 'tests/fixtures/content';
const pages = 'tests/fixtures/content/pages';

/** The problems assembleSite reports for the fixture site after `change`, or [] when it accepts it. */
async function problemsAfter(change: (content: RawContent) => void): Promise<string[]> {
  const content = await readContent(FIXTURE);
  change(content);
  try {
    assembleSite(content);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const setParent = (content: RawContent, id: string, parent: string) => {
  content.pages.find((p) => p.id === id)!.data.parent = parent;
};

describe('the content check', () => {
  it('accepts the fixture site, whose parents lead up to the home page', async () => {
    expect(await problemsAfter(() => {})).toEqual([]);
  });

  it('stops a page that is its own parent, naming the file', async () => {
    expect(await problemsAfter((c) => setParent(c, 'en/search', 'search'))).toEqual([
      `${pages}/en/search.mdx: field "parent" names the page itself: search → search. Point it at the page above this one, e.g. \`parent: index\`, or remove it.`,
    ]);
  });

  it('stops parents that go round, spelling the circle out with every file in it', async () => {
    const problems = await problemsAfter((c) => {
      setParent(c, 'lv/search', 'all-pages');
      setParent(c, 'lv/all-pages', 'search');
    });
    expect(problems).toEqual([
      `${pages}/lv/all-pages.mdx: field "parent" goes round in a circle: all-pages → search → all-pages (${pages}/lv/all-pages.mdx, ${pages}/lv/search.mdx). Every page needs a way up to the home page: point "parent" of one of these at a page above them, or remove it.`,
    ]);
  });

  it('stops a circle through a generated page, naming the page file as the one to fix', async () => {
    const problems = await problemsAfter((c) => setParent(c, 'en/plans/index', 'plan/1'));
    expect(problems).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/content\/pages\/en\/plans\/index\.mdx: field "parent" goes round in a circle: plan\/1 → plans\/index → plan\/1 \(the generated page plan\/1, .*en\/plans\/index\.mdx\)/,
      ),
    ]);
  });

  it('reports a missing parent as missing, not as a circle', async () => {
    const problems = await problemsAfter((c) => setParent(c, 'en/search', 'nowhere'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('field "parent" names page "nowhere", which does not exist');
  });

  it('stops commitments whose "continues" go round, spelling the circle out', async () => {
    const problems = await problemsAfter((c) => {
      const first = c.commitments[0]!;
      const second = structuredClone(first);
      second.id = 'lv0002';
      second.filePath = first.filePath!.replace('lv0001', 'lv0002');
      second.data.ogpId = 'LV0002';
      second.data.number = 2;
      c.plans[0]!.data.commitmentCount = 2;
      first.data.continues = ['lv0002'];
      second.data.continues = ['lv0001'];
      c.commitments.push(second);
    });
    expect(problems).toEqual([
      `${FIXTURE}/data/commitments/lv0001.yaml: field "continues" goes round in a circle: lv0001 → lv0002 → lv0001 (${FIXTURE}/data/commitments/lv0001.yaml, ${FIXTURE}/data/commitments/lv0002.yaml). A commitment carries on only earlier ones: remove the wrong ID from "continues".`,
    ]);
  });

  it('reports a commitment that continues itself once, as the commitment itself', async () => {
    const problems = await problemsAfter((c) => {
      c.commitments[0]!.data.continues = ['lv0001'];
    });
    expect(problems).toEqual([
      `${FIXTURE}/data/commitments/lv0001.yaml: field "continues" names the commitment itself.`,
    ]);
  });
});
