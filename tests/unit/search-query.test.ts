import { describe, expect, it } from 'vitest';
import {
  MAX_ALTERNATIVES,
  MAX_VARIANTS,
  queryPlan,
  queryVariants,
  words,
} from '../../src/lib/search/query';
import { STOP_WORDS } from '../../src/lib/search/stop-words';

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

const en = {
  stem: false,
  abbreviations: {},
  synonyms: [
    ['local government', 'municipality'],
    ['whistleblowing', 'whistleblower'],
    ['state-owned company', 'SOE'],
  ],
  stopWords: STOP_WORDS.en ?? [],
};

describe('planning the searches for a query', () => {
  it('leaves stop words out of a question, unless nothing else is left', () => {
    expect(queryPlan('How to take part?', en).queries).toEqual(['take part']);
    expect(
      queryPlan('kā iesaistīties', { ...lv, synonyms: [], stopWords: STOP_WORDS.lv ?? [] }).words,
    ).toEqual(['iesaistīties']);
    expect(queryPlan('what is', en).queries).toEqual(['what is']);
  });

  it('also tries a synonym in place of a term, whatever its word form', () => {
    expect(queryPlan('municipalities openness', en).queries).toEqual([
      'municipalities openness',
      'local government openness',
    ]);
    expect(queryPlan('SOE boards', en).queries).toEqual([
      'soe boards',
      'state owned company boards',
    ]);
    // Only another form of the same word: Pagefind's English stemmer finds both.
    expect(queryPlan('whistleblowers', en).queries).toEqual(['whistleblowers']);
  });

  it('reads Latvian synonyms by their stems', () => {
    const rules = {
      ...lv,
      synonyms: [['pašvaldība', 'municipalitāte']],
      stopWords: STOP_WORDS.lv ?? [],
    };
    expect(queryPlan('municipalitātēs', rules).queries).toEqual(['municipalitāt', 'pašvaldīb']);
    // The genitive plural softens the t: `municipalitāšu` is still a form of `municipalitāte`.
    expect(queryPlan('municipalitāšu atklātība', rules).queries).toEqual([
      'municipalitāš atklātīb',
      'pašvaldīb atklātīb',
    ]);
  });

  it('spells out an abbreviation, and not the other way round', () => {
    expect(queryPlan('VK ziņojumi', { ...lv, synonyms: [], stopWords: [] }).queries).toEqual([
      'vk ziņojum',
      'valst kancelej ziņojum',
    ]);
    expect(queryPlan('valsts kanceleja', { ...lv, synonyms: [], stopWords: [] }).queries).toEqual([
      'valst kancelej',
    ]);
  });

  it('keeps the hard readings of softened consonants for when the query finds little', () => {
    const plan = queryPlan('valsts iestāžu', { ...lv, synonyms: [], stopWords: [] });
    expect(plan.queries).toEqual(['valst iestāž']);
    expect(plan.fallback).toEqual(['valst iestād', 'valst iestāz']);
  });

  it('tries at most a few synonyms and abbreviations at once', () => {
    const many = { ...en, synonyms: [['a1', 'b1', 'c1', 'd1', 'e1']] };
    expect(queryPlan('a1 x', many).queries.length).toBe(1 + MAX_ALTERNATIVES);
  });
});
