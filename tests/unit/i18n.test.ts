import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDictionaries } from '../../src/i18n/check';
import { dictionaries, useTranslations } from '../../src/i18n/t';

describe('UI dictionaries', () => {
  it('have the same keys in both languages, with each language’s plural forms', () => {
    expect(checkDictionaries(dictionaries)).toEqual([]);
  });

  it('reject a key missing from one language', () => {
    const problems = checkDictionaries({
      lv: { 'a.b': 'Teksts', 'a.c': 'Cits' },
      en: { 'a.b': 'Text' },
    });
    expect(problems).toEqual([
      'src/i18n/ui/en.json: key "a.c" is missing. Add it with the English text.',
    ]);
  });

  it('require the Latvian zero form but reject it in English', () => {
    const problems = checkDictionaries({
      lv: { n_one: '{{count}} lapa', n_other: '{{count}} lapas' },
      en: { n_zero: 'no pages', n_one: '{{count}} page', n_other: '{{count}} pages' },
    });
    expect(problems).toContain(
      'src/i18n/ui/lv.json: plural key "n_zero" is missing. Add it: Latvian needs the forms zero, one, other.',
    );
    expect(problems).toContain(
      'src/i18n/ui/en.json: key "n_zero" is not a plural form of English (one, other). Remove it.',
    );
  });

  it('flag Latvian text left the same as the English unless allowed', () => {
    const dicts = { lv: { x: 'Search', y: 'OGP' }, en: { x: 'Search', y: 'OGP' } };
    expect(checkDictionaries(dicts, new Set(['y']))).toEqual([
      'src/i18n/ui/lv.json: "x" is the same as in en.json ("Search"). Translate it, or add the key to identicalAllowed in src/i18n/check.ts.',
    ]);
  });

  it('pick the Latvian plural form by the number', () => {
    const t = useTranslations('lv');
    expect(t('search.results', { count: 1 })).toBe('Atrasts 1 rezultāts.');
    expect(t('search.results', { count: 21 })).toBe('Atrasts 21 rezultāts.');
    expect(t('search.results', { count: 10 })).toBe('Atrasti 10 rezultāti.');
    expect(useTranslations('en')('search.results', { count: 1 })).toBe('1 result found.');
  });

  it('throw on a key that no dictionary has', () => {
    // @ts-expect-error -- the point of the test: `astro check` rejects the key, and so does the run.
    expect(() => useTranslations('en')('no.such.key')).toThrow(/no\.such\.key/);
  });

  it('contain every key that the components ask for by name', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf-8' }).filter((f) =>
      /\.(astro|ts)$/.test(f),
    );
    const used = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join('src', file), 'utf-8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z.-]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    const known = (key: string) => key in dictionaries.en || `${key}_other` in dictionaries.en;
    expect([...used].filter((key) => !known(key))).toEqual([]);
  });
});
