import { describe, expect, it } from 'vitest';
import { MAX_VARIANTS, queryVariants, words } from '../../src/lib/search/query';

const lv = {
  stem: true,
  abbreviations: { vk: 'valsts kanceleja', knab: 'korupcijas novēršanas un apkarošanas birojs' },
};

describe('reading a search query', () => {
  it('splits words of any letters and drops punctuation', () => {
    expect(words('Trauksmes celšana, VK! LV0029')).toEqual([
      'trauksmes',
      'celšana',
      'vk',
      'lv0029',
    ]);
  });

  it('cuts Latvian words to their stems', () => {
    expect(queryVariants('rīcības plāns', lv)).toEqual(['rīcīb plān']);
    expect(queryVariants('apņemšanos', lv)).toEqual(['apņemšan']);
  });

  it('tries a softened consonant hard as well', () => {
    expect(queryVariants('valsts iestāžu', lv)).toEqual([
      'valst iestāž',
      'valst iestād',
      'valst iestāz',
    ]);
  });

  it('tries an abbreviation as it is and spelled out', () => {
    expect(queryVariants('VK ziņojumi', lv)).toEqual(['vk ziņojum', 'valst kancelej ziņojum']);
  });

  it('leaves English words for Pagefind’s own English stemmer', () => {
    expect(queryVariants('Whistleblowing laws', { stem: false, abbreviations: {} })).toEqual([
      'whistleblowing laws',
    ]);
  });

  it('never asks Pagefind more than a few times', () => {
    expect(queryVariants('iestāžu iestāžu iestāžu vk knab', lv).length).toBeLessThanOrEqual(
      MAX_VARIANTS,
    );
    expect(queryVariants(' ,. ', lv)).toEqual([]);
  });
});
