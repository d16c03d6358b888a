import { describe, expect, it } from 'vitest';
import { outdatedTwins, pairPages, splitPageId } from '../../src/lib/pairing';

describe('page pairing', () => {
  it('pairs pages by file path, whatever their URLs', () => {
    const { pairs, problems } = pairPages([
      { id: 'lv/principles/openness' },
      { id: 'en/principles/openness' },
      { id: 'lv/index' },
      { id: 'en/index' },
    ]);
    expect(problems).toEqual([]);
    expect(pairs).toEqual([
      { key: 'index', ids: { lv: 'lv/index', en: 'en/index' } },
      {
        key: 'principles/openness',
        ids: { lv: 'lv/principles/openness', en: 'en/principles/openness' },
      },
    ]);
  });

  it('names the file without a twin and the file to create', () => {
    const { pairs, problems } = pairPages([
      { id: 'lv/glossary', filePath: 'content/pages/lv/glossary.mdx' },
    ]);
    expect(pairs).toEqual([]);
    expect(problems).toEqual([
      'content/pages/lv/glossary.mdx: has no English twin. Create content/pages/en/glossary.mdx (same file path in the en folder) with the translated page.',
    ]);
  });

  it('rejects a page outside a language folder', () => {
    expect(
      pairPages([{ id: 'de/index', filePath: 'content/pages/de/index.mdx' }]).problems[0],
    ).toMatch(/^content\/pages\/de\/index\.mdx: pages live in a language folder/);
  });

  it('splits an entry ID into language and key', () => {
    expect(splitPageId('en/plans/index')).toEqual({ lang: 'en', key: 'plans/index' });
    expect(splitPageId('index')).toBeUndefined();
  });

  it('notices a translation left behind when its twin was updated', () => {
    const { pairs } = pairPages([{ id: 'lv/about' }, { id: 'en/about' }]);
    const pages = new Map([
      ['lv/about', { updated: '2026-11-27', filePath: 'content/pages/lv/about.mdx' }],
      ['en/about', { updated: '2026-10-01', filePath: 'content/pages/en/about.mdx' }],
    ]);
    expect(outdatedTwins(pairs, pages)).toEqual([
      'content/pages/en/about.mdx: field "updated" is 2026-10-01, but its Latvian twin was updated on 2026-11-27. Bring this translation up to date with it, then give both the same "updated" date.',
    ]);
    pages.set('en/about', { updated: '2026-11-27', filePath: 'content/pages/en/about.mdx' });
    expect(outdatedTwins(pairs, pages)).toEqual([]);
  });
});
