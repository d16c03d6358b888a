/** Small DOM helpers shared by the search box and the search page. */
import type { SearchPlace } from './search-engine';

/** Reads where the search files are from an element's `data-search-*` attributes. */
export function placeOf(element: HTMLElement): SearchPlace {
  const {
    searchBundle = '/pagefind/',
    searchBase = '/',
    searchLang = document.documentElement.lang,
  } = element.dataset;
  return { bundle: searchBundle, base: searchBase, lang: searchLang };
}

/** Creates an element with a class and text. */
export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Sets Pagefind's excerpt, which is escaped page text with only <mark> around matches. */
export function setExcerpt(element: HTMLElement, excerpt: string): void {
  element.innerHTML = excerpt;
}

/** A search string with `{{query}}` filled in, e.g. "Showing results for “corruption”." */
export function withQuery(template: string, query: string): string {
  return template.replace('{{query}}', query);
}
