import { describe, expect, it } from 'vitest';
import { consonantVariants, stemLatvian } from '../../src/lib/search/latvian-stemmer';

// Word forms as they occur on the site: each row's forms must share one stem.
const paradigms: [string, string[]][] = [
  [
    'plān',
    ['plāns', 'plāna', 'plānam', 'plānu', 'plānā', 'plāni', 'plānu', 'plāniem', 'plānus', 'plānos'],
  ],
  ['apņemšan', ['apņemšanās', 'apņemšanos', 'apņemšanām']],
  ['līdzdalīb', ['līdzdalība', 'līdzdalības', 'līdzdalībai', 'līdzdalību', 'līdzdalībā']],
  ['iestād', ['iestāde', 'iestādes', 'iestādei', 'iestādi', 'iestādē', 'iestādēm', 'iestādēs']],
  ['padom', ['padome', 'padomes', 'padomei', 'padomi', 'padomē']],
  [
    'ziņojum',
    [
      'ziņojums',
      'ziņojuma',
      'ziņojumam',
      'ziņojumu',
      'ziņojumā',
      'ziņojumi',
      'ziņojumiem',
      'ziņojumus',
      'ziņojumos',
    ],
  ],
  ['portāl', ['portāls', 'portāla', 'portālam', 'portālu', 'portālā']],
  [
    'atvērt',
    [
      'atvērtā',
      'atvērtās',
      'atvērtajā',
      'atvērtais',
      'atvērtajam',
      'atvērtie',
      'atvērtos',
      'atvērtajiem',
    ],
  ],
  ['kancelej', ['kanceleja', 'kancelejas', 'kancelejai', 'kanceleju', 'kancelejā']],
  ['dat', ['dati', 'datu', 'datiem', 'datus', 'datos']],
  ['likum', ['likums', 'likuma', 'likumam', 'likumu', 'likumā', 'likumi', 'likumiem']],
  ['sabiedrīb', ['sabiedrība', 'sabiedrības', 'sabiedrībai', 'sabiedrību', 'sabiedrībā']],
  ['cēlēj', ['cēlējs', 'cēlēja', 'cēlējam', 'cēlēju', 'cēlēji', 'cēlējiem']],
  ['brāl', ['brālis', 'brāļa', 'brālim', 'brāli', 'brāļi', 'brāļiem']],
];

describe('the Latvian stemmer', () => {
  it.each(paradigms)('gives every form of the word the stem "%s"', (stem, forms) => {
    expect(forms.map(stemLatvian)).toEqual(forms.map(() => stem));
  });

  it('stems words typed without diacritics to the same letters without diacritics', () => {
    expect(stemLatvian('lidzdalibas')).toBe('lidzdalib');
    expect(stemLatvian('apnemsanos')).toBe('apnemsan');
    expect(stemLatvian('planu')).toBe('plan');
  });

  it('leaves short words and abbreviations alone', () => {
    for (const word of ['vk', 'knab', 'un', 'ir', 'tap', 'ogp'])
      expect(stemLatvian(word)).toBe(word);
  });

  it('offers the hard consonant behind a softened one', () => {
    expect(stemLatvian('iestāžu')).toBe('iestāž');
    expect(consonantVariants('iestāž')).toContain('iestād');
    expect(consonantVariants('plān')).toEqual(['plān']);
  });
});
