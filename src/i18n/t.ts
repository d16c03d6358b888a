import i18next, { type TFunction } from 'i18next';
import { defaultLocale, localeCodes, type Locale } from './locales';
import type reference from './ui/lv.json';

/** A key of the UI dictionaries; `astro check` rejects a `t()` call with any other string. */
export type UiKey = keyof typeof reference;

// One dictionary per locale, found by file name: a language is added by adding its entry to
// locales.ts and its file here, nothing else.
const files = import.meta.glob<Record<string, string>>('./ui/*.json', {
  eager: true,
  import: 'default',
});

/** The UI dictionaries, one per locale; keys are flat and dotted (`nav.plans`). */
export const dictionaries = Object.fromEntries(
  localeCodes.map((code) => {
    const dictionary = files[`./ui/${code}.json`];
    if (!dictionary)
      throw new Error(
        `src/i18n/ui/${code}.json is missing: every language in src/i18n/locales.ts needs its UI dictionary.`,
      );
    return [code, dictionary];
  }),
) as Record<Locale, Record<string, string>>;

/**
 * A UI key made from parts at run time (`data.field.${name}.${field}`), checked against the default
 * language's dictionary; the build checks that the other dictionaries have the same keys.
 */
export function uiKey(key: string): UiKey {
  if (!isUiKey(key))
    throw new Error(`UI string "${key}" is missing from src/i18n/ui/${defaultLocale}.json`);
  return key;
}

const isUiKey = (key: string): key is UiKey => Object.hasOwn(dictionaries[defaultLocale], key);

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: defaultLocale,
  supportedLngs: localeCodes,
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  interpolation: { escapeValue: false },
  resources: Object.fromEntries(
    localeCodes.map((code) => [code, { translation: dictionaries[code] }]),
  ),
});

// A key missing from a dictionary is a bug: fail loudly instead of printing the key.
instance.on('missingKey', (lngs, _ns, key) => {
  throw new Error(`UI string "${key}" is missing from src/i18n/ui/${lngs.join(', ')}.json`);
});
instance.options.saveMissing = true;

/**
 * The translation function for one language. Astro escapes the result when rendering.
 * @example useTranslations('lv')('nav.plans') // 'Rīcības plāni'
 */
export function useTranslations(lang: Locale): TFunction {
  return instance.getFixedT(lang);
}
