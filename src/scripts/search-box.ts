/**
 * The header's search field as a combobox: results appear under it as the visitor types,
 * arrows move through them, Enter opens one (or, with none chosen, the full results page),
 * Esc closes the list. Screen readers hear how many results there are.
 */
import { countText, loadSearch, searchSite, warmUp } from './search-engine';
import { make, placeOf, withQuery } from './search-dom';

const LIMIT = 6;

/**
 * Turns the header search field into a combobox and starts loading the search; safe to call
 * more than once. Called as soon as the visitor shows intent to search.
 */
export function attachSearchBox(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.getAttribute('role') === 'combobox') return;
  const place = placeOf(form);
  warmUp(place);
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
  let generation = 0;
  // Esc closes the list until the visitor types again, even if a search still running comes back.
  let dismissed = false;
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
    let loaded;
    try {
      loaded = await Promise.all([loadSearch(place), searchSite(place, query, LIMIT)]);
    } catch {
      // The box stays a plain form: Enter still opens the results page, which reports the error.
      if (mine === generation) close();
      return;
    }
    if (mine !== generation) return;
    const [{ data }, found] = loaded;
    const all = new URL(form.action, location.href);
    all.searchParams.set('q', query);
    const entries = found.hits.map((hit) => ({
      href: hit.url,
      title: hit.title,
      note: data.labels.kind?.[hit.kind] ?? '',
    }));
    const corrected = found.corrected
      ? withQuery(data.strings['search.correctedTo'] ?? '', found.corrected)
      : '';
    entries.push({
      href: all.href,
      title: data.strings['search.showAll'] ?? '',
      note: [corrected, countText(data, found.total)].filter(Boolean).join(' '),
    });
    // A newer answer for the same field keeps the visitor's place in the list where it can.
    const kept = active >= 0 ? options()[active]?.dataset.href : undefined;
    list.replaceChildren(
      ...entries.map((entry, i) => {
        // Options hold text only (no links inside role=option); choosing one opens its address.
        const option = make('li', 'search-box__option');
        option.id = `${list.id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.href = entry.href;
        option.append(
          make('span', 'search-box__title', entry.title),
          make('span', 'search-box__note', entry.note),
        );
        option.addEventListener('click', () => location.assign(entry.href));
        return option;
      }),
    );
    list.setAttribute('aria-label', data.strings['search.listLabel'] ?? '');
    // Results can arrive after the visitor has left the field (the first search loads the index):
    // keep them for when the field is focused again, but do not open the list under other content.
    if (document.activeElement !== input || dismissed) {
      close();
      live.textContent = '';
      return;
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.removeAttribute('aria-activedescendant');
    active = -1;
    const again = entries.findIndex((entry) => entry.href === kept);
    if (again >= 0) highlight(again);
    live.textContent =
      found.total === 0
        ? (data.strings['search.none'] ?? '')
        : [corrected, countText(data, found.total)].filter(Boolean).join(' ');
  };

  // No delay before a search: the first keystroke searches at once. While one search runs,
  // typing only marks that another is due; it then runs once, for what the field holds by then.
  let running = false;
  let due = false;
  const request = () => {
    if (running) {
      due = true;
      return;
    }
    running = true;
    void update().finally(() => {
      running = false;
      if (due) {
        due = false;
        request();
      }
    });
  };
  input.addEventListener('input', () => {
    dismissed = false;
    request();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) return;
      event.preventDefault();
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
      event.preventDefault();
      const href = options()[active]?.dataset.href;
      if (href) location.assign(href);
    } else if (event.key === 'Escape') {
      dismissed = true;
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    }
  });
  // Pressing on the list does not take the focus from the field, so a click on an option still
  // lands after this; leaving the field any other way closes the list at once.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', close);
  input.addEventListener('focus', () => {
    if (input.value.trim().length >= 2 && list.childElementCount > 0) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  });
  if (input.value.trim().length >= 2) request();
}
