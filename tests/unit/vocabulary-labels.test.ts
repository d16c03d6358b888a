import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/t';
import { checkUiText, checkVocabularyLabels } from '../../src/lib/vocabulary-labels';

describe('labels of the vocabularies', () => {
  it('are all in both UI dictionaries', () => {
    expect(checkVocabularyLabels(dictionaries)).toEqual([]);
  });

  it('name the dictionary, the key and the value whose label is missing', () => {
    const { 'policyArea.lobbying': _, ...en } = dictionaries.en;
    expect(checkVocabularyLabels({ ...dictionaries, en })).toEqual([
      'src/i18n/ui/en.json: key "policyArea.lobbying" is missing. It is the label of "lobbying" (policyAreas in src/schemas/vocabulary.ts): add it with the English text.',
    ]);
  });

  it('cover every value under each of its prefixes, an empty text counting as missing', () => {
    const vocabulary = { source: 'test', values: ['a', 'b'], prefixes: ['x', 'y.z'] };
    const problems = checkVocabularyLabels(
      {
        lv: { 'x.a': 'A', 'x.b': ' ', 'y.z.a': 'A', 'y.z.b': 'B' },
        en: { 'x.a': 'A', 'x.b': 'B', 'y.z.a': 'A', 'y.z.b': 'B' },
      },
      [vocabulary],
    );
    expect(problems).toEqual([
      'src/i18n/ui/lv.json: key "x.b" is missing. It is the label of "b" (test): add it with the Latvian text.',
    ]);
  });

  it('are checked with the dictionaries, a missing label said once', () => {
    const { 'policyArea.lobbying': _, ...en } = dictionaries.en;
    const problems = checkUiText({
      ...dictionaries,
      en: { ...en, 'only.english': 'Only English' },
    });
    expect(problems).toEqual([
      'src/i18n/ui/lv.json: key "only.english" is missing. Add it with the Latvian text.',
      'src/i18n/ui/en.json: key "policyArea.lobbying" is missing. It is the label of "lobbying" (policyAreas in src/schemas/vocabulary.ts): add it with the English text.',
    ]);
  });
});
