/**
 * The one list of the site's languages. Everything else (route params, alternates,
 * the language switch, content checks) derives from it.
 */
export const locales = {
  lv: {
    /** BCP 47 tag for `<html lang>` and `hreflang`. */
    lang: 'lv',
    /** The language's own name, shown in the language switch. */
    name: 'Latviešu',
    /** Writing direction, for `<html dir>`. */
    dir: 'ltr',
    /** Open Graph locale. */
    ogLocale: 'lv_LV',
    /** Intl locale for dates and numbers. */
    intl: 'lv',
    /** How a month of a year is written (Intl abbreviates the Latvian "gada"). */
    monthYear: '{year}. gada {month}',
    /** Pagefind has no word rules for this language: the site stems queries itself. */
    stemQueries: true,
  },
  en: {
    lang: 'en',
    name: 'English',
    dir: 'ltr',
    ogLocale: 'en_GB',
    intl: 'en-GB',
    monthYear: '{month} {year}',
    stemQueries: false,
  },
} as const;

export type Locale = keyof typeof locales;

/** The language of field descriptions in the open data's JSON Schemas, as schema tooling expects. */
export const schemaLocale: Locale = 'en';

/** The language of the State Chancellery's 2016 presentation (source S0), whose titles some records quote. */
export const seedLocale: Locale = 'lv';

/** Latvian is the default: `/` leads to it and it is the `x-default` alternate. */
export const defaultLocale: Locale = 'lv';

/** Every locale code, default first. */
export const localeCodes = [
  defaultLocale,
  ...(Object.keys(locales) as Locale[]).filter((l) => l !== defaultLocale),
];

/** Narrows a string to a known locale. */
export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}

/** The locales other than `lang`, for language switches and alternates. */
export function otherLocales(lang: Locale): Locale[] {
  return localeCodes.filter((l) => l !== lang);
}
