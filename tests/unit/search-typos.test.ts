import { describe, expect, it } from 'vitest';
import { editDistance, nearestWord, wordIndex } from '../../src/lib/search/typos';
import { fold, wordKey } from '../../src/lib/search/word-keys';

const english = wordIndex(
  {
    words: [
      'the',
      'corruption',
      'whistleblowers',
      'whistleblower',
      'protection',
      'participation',
      'party',
      'parties',
    ],
  },
  false,
);
const latvian = wordIndex(
  { words: ['līdzdalība', 'līdzdalības', 'pašvaldību', 'korupcijas', 'plāns', 'plāna'] },
  true,
);

describe('correcting a mistyped search word', () => {
  it('counts one edit for a letter added, left out, changed or swapped with its neighbour', () => {
    expect(editDistance('coruption', 'corruption', 2)).toBe(1);
    expect(editDistance('corrpution', 'corruption', 2)).toBe(1);
    expect(editDistance('corruptoin', 'corruption', 2)).toBe(1);
    expect(editDistance('korupcija', 'corruption', 2)).toBe(3);
  });

  it('finds the nearest index word for an English word the index lacks', () => {
    expect(nearestWord('coruption', english, false)).toBe('corruption');
    expect(nearestWord('wistleblower', english, false)).toBe('whistleblower');
    expect(nearestWord('partisipation', english, false)).toBe('participation');
  });

  it('finds the nearest Latvian word, with or without diacritics', () => {
    expect(nearestWord('līdzdalīiba', latvian, true)).toBe('līdzdalība');
    expect(nearestWord('lidzdalbas', latvian, true)).toBe('līdzdalības');
    expect(nearestWord('korupsijas', latvian, true)).toBe('korupcijas');
  });

  it('allows two edits only in words of eight letters or more', () => {
    expect(nearestWord('pratection', english, false)).toBe('protection');
    expect(nearestWord('prtectoin', english, false)).toBe('protection');
    expect(nearestWord('pary', english, false)).toBe('party');
    expect(nearestWord('pzrzy', english, false)).toBeUndefined();
  });

  it('leaves alone words the index has in some form, short words and numbers', () => {
    expect(nearestWord('whistleblowing', english, false)).toBeUndefined();
    expect(nearestWord('partie', english, false)).toBeUndefined();
    expect(nearestWord('pašvaldībā', latvian, true)).toBeUndefined();
    expect(nearestWord('lidzdaliba', latvian, true)).toBeUndefined();
    expect(nearestWord('teh', english, false)).toBeUndefined();
    expect(nearestWord('lv0029', english, false)).toBeUndefined();
  });
});

describe('telling word forms apart from other words', () => {
  it('folds diacritics as Pagefind does', () => {
    expect(fold('Pašvaldība')).toBe('pasvaldiba');
  });

  it('gives the forms of a word one key', () => {
    expect(wordKey('municipalities', false)).toBe(wordKey('municipality', false));
    expect(wordKey('whistleblowers', false)).toBe(wordKey('whistleblowing', false));
    expect(wordKey('pašvaldībās', true)).toBe(wordKey('pašvaldība', true));
    expect(wordKey('government', false)).not.toBe(wordKey('governance', false));
  });
});
