import { languageName } from '../lib/content-error';
import { localeCodes, locales, type Locale } from './locales';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** UI strings that are rightly the same in Latvian and English (names, codes). */
export const identicalAllowed: ReadonlySet<string> = new Set<string>([
  // "Licence" is also the Latvian word; CC BY 4.0 is the licence's name.
  'data.licence',
  // OGP's own identifier and a unit symbol read the same in both languages.
  'register.column.id',
  'data.kib',
  'spreadsheet.format',
  // An example search for a commitment's OGP identifier.
  'home.example.3',
]);

/**
 * Checks the UI dictionaries against each other: every key in every language, plural keys
 * with exactly the plural forms each language has (Latvian: zero, one, other; English: one,
 * other), and no Latvian text left identical to the English unless allowed.
 */
export function checkDictionaries(
  dictionaries: Record<Locale, Record<string, string>>,
  allowed: ReadonlySet<string> = identicalAllowed,
): string[] {
  const problems: string[] = [];
  const bases = new Set<string>();
  const plural = new Set<string>();
  for (const code of localeCodes) {
    for (const key of Object.keys(dictionaries[code])) {
      const base = key.replace(PLURAL_SUFFIX, '');
      bases.add(base);
      if (base !== key) plural.add(base);
    }
  }
  for (const base of [...bases].sort()) {
    for (const code of localeCodes) {
      const dictionary = dictionaries[code];
      const file = `src/i18n/ui/${code}.json`;
      if (!plural.has(base)) {
        if (typeof dictionary[base] !== 'string' || dictionary[base].trim() === '')
          problems.push(
            `${file}: key "${base}" is missing. Add it with the ${languageName(code)} text.`,
          );
        continue;
      }
      const forms = new Intl.PluralRules(locales[code].intl).resolvedOptions().pluralCategories;
      for (const form of forms) {
        if (!dictionary[`${base}_${form}`])
          problems.push(
            `${file}: plural key "${base}_${form}" is missing. Add it: ${languageName(code)} needs the forms ${forms.join(', ')}.`,
          );
      }
      for (const key of Object.keys(dictionary).filter(
        (k) => k.replace(PLURAL_SUFFIX, '') === base,
      )) {
        const form = PLURAL_SUFFIX.exec(key)?.[1];
        if (!form || !forms.includes(form as Intl.LDMLPluralRule)) {
          problems.push(
            `${file}: key "${key}" is not a plural form of ${languageName(code)} (${forms.join(', ')}). Remove it.`,
          );
        }
      }
    }
  }
  const [first, ...rest] = localeCodes;
  for (const code of rest) {
    for (const [key, value] of Object.entries(dictionaries[first!])) {
      if (dictionaries[code][key] === value && !allowed.has(key)) {
        problems.push(
          `src/i18n/ui/${first}.json: "${key}" is the same as in ${code}.json ("${value}"). Translate it, or add the key to identicalAllowed in src/i18n/check.ts.`,
        );
      }
    }
  }
  return problems;
}
