/**
 * The commitment register in the browser, as the `<commitment-register>` element around the
 * markup of Register.astro: the filter form narrows the table in place, the caption says how
 * many rows are shown ("2 of 35"), and the choices go into the address
 * (`?plan=3&principle=openness`), so a filtered view can be shared; opening
 * such an address shows the same view. Without this script the full table and the links to
 * the static filter pages remain.
 */
import { pluralText } from '../lib/plural';
import {
  registerFilterNames,
  rowMatches,
  type RegisterFilter as Name,
} from '../lib/register-filter';
import { defineElement, findParts, type PartSpec } from './element-parts';

const select = (name: Name) => [`select[name="${name}"]`, HTMLSelectElement] as const;
const PARTS = {
  form: ['[data-register-filters]', HTMLFormElement],
  count: ['[data-register-count]', HTMLElement],
  caption: ['.register__table caption', HTMLTableCaptionElement],
  table: ['.register__table tbody', HTMLTableSectionElement],
  plan: select('plan'),
  principle: select('principle'),
  lead: select('lead'),
  area: select('area'),
  irm: select('irm'),
} as const satisfies PartSpec & Record<Name, unknown>;

class CommitmentRegister extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    const parts = findParts(this, PARTS);
    if (!parts) return;
    const { form, count, caption, table } = parts;
    const rows = [...table.rows];
    // The caption names the whole table until a filter is chosen, then how much of it is shown.
    const captionAll = caption.textContent;
    const captionFiltered = count.dataset.captionFiltered ?? '';
    const forms = JSON.parse(count.dataset.countForms ?? '{}') as Record<string, string>;
    const locale = count.dataset.pluralLocale ?? document.documentElement.lang;

    const apply = (write: boolean) => {
      const chosen = Object.fromEntries(
        registerFilterNames.map((name) => [name, parts[name].value]),
      ) as Record<Name, string>;
      let shown = 0;
      for (const row of rows) {
        const data = Object.fromEntries(
          registerFilterNames.map((name) => [name, row.dataset[name] ?? '']),
        ) as Record<Name, string>;
        row.hidden = !rowMatches(data, chosen);
        if (!row.hidden) shown++;
      }
      count.textContent = pluralText(locale, shown, (form) => forms[form]);
      caption.textContent = registerFilterNames.some((name) => chosen[name])
        ? captionFiltered
            .replaceAll('{{shown}}', String(shown))
            .replaceAll('{{total}}', String(rows.length))
        : captionAll;
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
      if (value && [...parts[name].options].some((o) => o.value === value))
        parts[name].value = value;
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
}

defineElement('commitment-register', CommitmentRegister);
