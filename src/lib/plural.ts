/**
 * A counted phrase in the form a language's plural rules ask for, with `{{count}}` filled in.
 * The browser's counterpart of i18next's `t(key, { count })`, for strings shipped raw.
 * `formOf` gives the text of a plural category (`zero`, `one`, `other` …); `other` is the fallback.
 * @example pluralText('lv', 21, (form) => ({ one: 'Atrasts {{count}} rezultāts.', other: 'Atrasti {{count}} rezultāti.' })[form]) // 'Atrasts 21 rezultāts.'
 */
export function pluralText(
  locale: string,
  count: number,
  formOf: (form: Intl.LDMLPluralRule) => string | undefined,
): string {
  const text = formOf(new Intl.PluralRules(locale).select(count)) ?? formOf('other') ?? '';
  return text.replaceAll('{{count}}', String(count));
}
