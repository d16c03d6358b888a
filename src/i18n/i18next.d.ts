import type lv from './ui/lv.json';

// Typed UI keys: a misspelt key passed to t() is a type error that `astro check` reports. The Latvian
// dictionary is the reference; the build checks that every other dictionary has the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof lv };
    keySeparator: false;
    nsSeparator: false;
    returnNull: false;
  }
}
