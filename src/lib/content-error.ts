import { locales, type Locale } from '../i18n/locales';

/** Whether the editor asked for the details a developer needs: `DEBUG=1` shows stack traces. */
export const debugging = (): boolean => process.env.DEBUG === '1';

/**
 * Thrown when content has problems; the message lists every one. An editor needs the list, not the
 * code path that found it, so the stack trace (which Astro would print after the list) is kept only with DEBUG=1.
 */
export class ContentError extends Error {
  constructor(
    readonly problems: string[],
    options?: ErrorOptions,
  ) {
    super(
      `The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      debugging() ? options : undefined,
    );
    this.name = 'ContentError';
    if (!debugging()) this.stack = '';
  }
}

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/**
 * A language's name in English, for messages to editors, which are written in English.
 * @example languageName('lv') // 'Latvian'
 */
export function languageName(lang: Locale): string {
  return englishNames.of(locales[lang].lang) ?? lang;
}
