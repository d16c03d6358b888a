/**
 * The commitment register in the browser: the filter form narrows the table in place and
 * writes its choices to the address (`?plan=3&principle=openness`), so a filtered view can
 * be shared; opening such an address shows the same view.
 */
import { registerFilterNames, rowMatches, type RegisterFilter as Name } from '../lib/register-filter';

export function startRegister(): void {
  const root = document.querySelector<HTMLElement>('[data-register]');
  const form = root?.querySelector<HTMLFormElement>('[data-register-filters]');
  if (!root || !form) return;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const count = form.querySelector<HTMLElement>('[data-register-count]')!;
  const forms = JSON.parse(count.dataset.countForms ?? '{}') as Record<string, string>;
  const plural = new Intl.PluralRules(count.dataset.pluralLocale);
  const select = (name: Name) => form.elements.namedItem(name) as HTMLSelectElement;

  const apply = (write: boolean) => {
    const chosen = Object.fromEntries(registerFilterNames.map((name) => [name, select(name).value])) as Record<Name, string>;
    let shown = 0;
    for (const row of rows) {
      const data = Object.fromEntries(registerFilterNames.map((name) => [name, row.dataset[name] ?? ''])) as Record<Name, string>;
      row.hidden = !rowMatches(data, chosen);
      if (!row.hidden) shown++;
    }
    count.textContent = (forms[plural.select(shown)] ?? forms.other ?? '').replace('{{count}}', String(shown));
    if (write) {
      const url = new URL(location.href);
      for (const name of registerFilterNames) {
        if (chosen[name]) url.searchParams.set(name, chosen[name]);
        else url.searchParams.delete(name);
      }
      history.replaceState(null, '', url);
    }
  };

  const params = new URLSearchParams(location.search);
  for (const name of registerFilterNames) {
    const value = params.get(name);
    if (value && [...select(name).options].some((o) => o.value === value)) select(name).value = value;
  }
  form.hidden = false;
  form.addEventListener('change', () => apply(true));
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });
  apply(false);
}
