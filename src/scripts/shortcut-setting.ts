/** Whether the single-key `/` shortcut is on: a visitor's choice, kept in this browser. */

const KEY = 'ogp.slashShortcut';

/** True unless the visitor turned the `/` shortcut off (or storage is unavailable: then on). */
export function slashShortcutOn(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

/** Turns the `/` shortcut on or off for this browser. */
export function setSlashShortcut(on: boolean): void {
  try {
    if (on) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, 'off');
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}
