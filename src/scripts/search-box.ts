/**
 * The header's search field as a combobox: results appear under it as the visitor types,
 * arrows move through them, Enter opens one (or, with none chosen, the full results page),
 * Esc closes the list. Screen readers hear how many results there are.
 */
import { countText, loadSearch, searchSite } from './search-engine';
import { make, placeOf } from './search-dom';

const LIMIT = 6;
const DELAY_MS = 120;

/** Turns the header search field into a combobox; safe to call more than once. */
export function attachSearchBox(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.getAttribute('role') === 'combobox') return;
  const place = placeOf(form);
  const list = make('ul', 'search-box__list');
  list.id = `${input.id}-list`;
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  const live = make('p', 'visually-hidden');
  live.setAttribute('aria-live', 'polite');
  form.append(list, live);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    const all = options();
    if (all.length === 0) return;
    active = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', all[active]!.id);
    all[active]!.scrollIntoView({ block: 'nearest' });
  };

  const update = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    if (query.length < 2) {
      close();
      live.textContent = '';
      return;
    }
    const [{ data }, found] = await Promise.all([loadSearch(place), searchSite(place, query, LIMIT)]);
    if (mine !== generation) return;
    const all = new URL(form.action, location.href);
    all.searchParams.set('q', query);
    const entries = found.hits.map((hit) => ({ href: hit.url, title: hit.title, note: data.labels.kind?.[hit.kind] ?? '' }));
    entries.push({ href: all.href, title: data.strings['search.showAll'] ?? '', note: countText(data, found.total) });
    list.replaceChildren(
      ...entries.map((entry, i) => {
        const option = make('li', 'search-box__option');
        option.id = `${list.id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        const link = make('a', undefined, entry.title);
        link.href = entry.href;
        link.tabIndex = -1;
        option.append(link, make('span', 'search-box__note', entry.note));
        return option;
      }),
    );
    list.setAttribute('aria-label', data.strings['search.listLabel'] ?? '');
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    live.textContent = found.total === 0 ? (data.strings['search.none'] ?? '') : countText(data, found.total);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) return;
      event.preventDefault();
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
      event.preventDefault();
      const link = options()[active]?.querySelector('a');
      if (link) location.href = link.href;
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 200));
  input.addEventListener('focus', () => {
    if (input.value.trim().length >= 2 && list.childElementCount > 0) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  });
  if (input.value.trim().length >= 2) void update();
}
