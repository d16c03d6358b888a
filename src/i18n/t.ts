import i18next, { type TFunction } from 'i18next';
import { defaultLocale, localeCodes, type Locale } from './locales';
import en from './ui/en.json';
import lv from './ui/lv.json';

/** The UI dictionaries, one per locale; keys are flat and dotted (`nav.plans`). */
export const dictionaries: Record<Locale, Record<string, string>> = { lv, en };

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
