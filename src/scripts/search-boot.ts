/**
 * The only script on every page (under 1 KB): `/` or Ctrl+K (⌘K) puts the cursor in the
 * header search field; the search code itself, Pagefind and the index metadata start loading
 * as soon as the visitor shows intent: the pointer over the field, a touch, or focus (which the
 * shortcuts give). A visitor can turn the single-key `/` off on the search page (WCAG 2.1.4),
 * which is kept in this browser.
 */
import { slashShortcutOn } from './shortcut-setting';

const input = document.querySelector<HTMLInputElement>('#search-header');

if (input) {
  const start = () =>
    void import('./search-box').then(({ attachSearchBox }) => attachSearchBox(input));
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const slash =
      event.key === '/' &&
      !typing &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      slashShortcutOn();
    const commandK =
      event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (slash || commandK) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  for (const intent of ['pointerenter', 'touchstart', 'focus'])
    input.addEventListener(intent, start, { once: true, passive: true });
  if (document.activeElement === input) start();
}
