/**
 * The search page: results for `?q=`, with the kind of each page, the matching passage and
 * the sections it is in, filters by kind, plan and principle kept in the address so a
 * filtered search can be shared, and the same search in the other language when nothing is found.
 */
import { countText, loadFilters, loadSearch, searchSite, type Found } from './search-engine';
import { make, placeOf, setExcerpt } from './search-dom';
import { setSlashShortcut, slashShortcutOn } from './shortcut-setting';

const FILTERS = ['kind', 'plan', 'principle'] as const;
const LIMIT = 30;

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const place = placeOf(root);
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const elsewhere = root.querySelector<HTMLElement>('[data-search-elsewhere]')!;
  root.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  const setting = root.querySelector<HTMLElement>('[data-shortcut-setting]');
  const toggle = setting?.querySelector<HTMLInputElement>('input');
  if (setting && toggle) {
    toggle.checked = slashShortcutOn();
    toggle.addEventListener('change', () => setSlashShortcut(toggle.checked));
    setting.hidden = false;
  }

  const params = new URLSearchParams(location.search);
  const chosen: Record<string, string[]> = Object.fromEntries(FILTERS.map((f) => [f, params.getAll(f)]));
  input.value = params.get('q')?.trim() ?? '';

  const remember = () => {
    const url = new URL(location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    for (const f of FILTERS) for (const v of chosen[f] ?? []) url.searchParams.append(f, v);
    history.replaceState(null, '', url);
  };

  // Each search has a number; results of an older one that arrive late are dropped.
  let latest = 0;
  const run = async () => {
    const mine = ++latest;
    const query = input.value.trim();
    list.replaceChildren();
    elsewhere.hidden = true;
    if (!query) {
      status.textContent = '';
      filterBox.hidden = true;
      return;
    }
    try {
      const { data } = await loadSearch(place);
      status.textContent = data.strings['search.loading'] ?? '';
      await loadFilters(place);
      const found = await searchSite(place, query, LIMIT, chosen);
      const unfiltered = FILTERS.some((f) => (chosen[f] ?? []).length > 0) ? await searchSite(place, query, 0) : found;
      if (mine !== latest) return;
      renderFilters(unfiltered, data.labels, data.strings);
      list.replaceChildren(...found.hits.map((hit) => renderHit(hit, data.labels.kind ?? {}, data.strings['search.sections'] ?? '')));
      status.textContent = found.total === 0 ? (data.strings['search.none'] ?? '') : countText(data, found.total);
      if (found.total === 0) {
        elsewhere.replaceChildren(
          ...data.elsewhere.map((other) => {
            const link = make('a', undefined, other.prompt);
            link.href = `${place.base.replace(/\/$/, '')}${other.searchPath}?q=${encodeURIComponent(query)}`;
            link.hreflang = other.lang;
            link.lang = other.lang;
            return link;
          }),
        );
        elsewhere.hidden = false;
      }
    } catch {
      if (mine !== latest) return;
      // Without the search data there are no translated strings: the page's own error text is used.
      status.textContent = root.dataset.errorText ?? '';
    }
  };

  const renderFilters = (found: Found, labels: Record<string, Record<string, string>>, strings: Record<string, string>) => {
    const groups = FILTERS.filter((f) => Object.keys(found.counts[f] ?? {}).length > 0).map((f) => {
      const fieldset = make('fieldset', 'search-filters__group');
      fieldset.append(make('legend', undefined, strings[`search.filter.${f}`]));
      for (const [value, count] of Object.entries(found.counts[f] ?? {})) {
        if (count === 0 && !(chosen[f] ?? []).includes(value)) continue;
        // No counts beside the values: the results are merged from several readings of the query.
        const label = make('label');
        const box = make('input');
        box.type = 'checkbox';
        box.name = f;
        box.value = value;
        box.checked = (chosen[f] ?? []).includes(value);
        box.addEventListener('change', () => {
          chosen[f] = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
          remember();
          // The filters are drawn anew with the results: put the focus back on the same box.
          void run().then(() => filterBox.querySelector<HTMLInputElement>(`input[name="${f}"][value="${CSS.escape(value)}"]`)?.focus());
        });
        label.append(box, ` ${labels[f]?.[value] ?? value}`);
        fieldset.append(label);
      }
      return fieldset;
    });
    const title = make('h2', 'search-filters__title', strings['search.filters']);
    filterBox.replaceChildren(title, ...groups);
    filterBox.hidden = groups.length === 0;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    remember();
    void run();
  });
  void run();
}

function renderHit(hit: Found['hits'][number], kinds: Record<string, string>, sectionsLabel: string): HTMLLIElement {
  const item = make('li');
  const link = make('a', 'search-results__title', hit.title);
  link.href = hit.url;
  const excerpt = make('p');
  setExcerpt(excerpt, hit.excerpt);
  item.append(make('p', 'search-results__kind', kinds[hit.kind] ?? hit.kind), link, excerpt);
  if (hit.sections.length > 0) {
    const sections = make('ul', 'search-results__sections');
    sections.setAttribute('aria-label', sectionsLabel);
    for (const section of hit.sections) {
      const entry = make('li');
      const a = make('a', undefined, section.title);
      a.href = section.url;
      entry.append(a);
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}
