/**
 * The search page, as the `<search-panel>` element around the markup of SearchPanel.astro:
 * results for `?q=`, with the kind of each page, the matching passage and the sections it is
 * in, a batch at a time ("show more"); filters by kind, plan and principle kept in the address
 * so a filtered search can be shared; when no page has a word, results for the nearest words
 * with a link to search the words as typed (`&exact=1`); and the same search in the other
 * language when nothing is found.
 */
import {
  countText,
  loadFilters,
  loadSearch,
  searchSite,
  warmUp,
  type Found,
} from './search-engine';
import { defineElement, findParts, type Parts } from './element-parts';
import { make, placeOf, setExcerpt, withQuery } from './search-dom';
import { setSlashShortcut, slashShortcutOn } from './shortcut-setting';
import type { SearchData } from '../lib/search/search-data';

const FILTERS = ['kind', 'plan', 'principle'] as const;
/** How many results are shown at first, and how many more each press of "show more" adds. */
const BATCH = 30;
/** How many of the first batch are drawn before the rest of it has loaded. */
const FIRST = 8;

const PARTS = {
  form: ['form', HTMLFormElement],
  input: ['input[name="q"]', HTMLInputElement],
  status: ['[data-search-status]', HTMLElement],
  list: ['[data-search-results]', HTMLOListElement],
  more: ['[data-search-more]', HTMLButtonElement],
  corrected: ['[data-search-corrected]', HTMLElement],
  filterBox: ['[data-search-filters]', HTMLElement],
  elsewhere: ['[data-search-elsewhere]', HTMLElement],
} as const;

class SearchPanel extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    const parts = findParts(this, PARTS);
    if (parts) startSearchPanel(this, parts);
  }
}

defineElement('search-panel', SearchPanel);

function startSearchPanel(
  root: HTMLElement,
  { form, input, status, list, more, corrected, filterBox, elsewhere }: Parts<typeof PARTS>,
): void {
  const place = placeOf(root);
  root.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  const setting = root.querySelector<HTMLElement>('[data-shortcut-setting]');
  const toggle = setting?.querySelector<HTMLInputElement>('input');
  if (setting && toggle) {
    toggle.checked = slashShortcutOn();
    toggle.addEventListener('change', () => setSlashShortcut(toggle.checked));
    setting.hidden = false;
  }

  const params = new URLSearchParams(location.search);
  const chosen: Record<string, string[]> = Object.fromEntries(
    FILTERS.map((f) => [f, params.getAll(f)]),
  );
  input.value = params.get('q')?.trim() ?? '';
  // Set by the "search for exactly …" link: the words as typed, not corrected.
  let exact = params.get('exact') === '1';
  for (const intent of ['pointerenter', 'touchstart', 'focus'])
    input.addEventListener(intent, () => warmUp(place), { once: true, passive: true });

  const remember = () => {
    const url = new URL(location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    if (exact) url.searchParams.set('exact', '1');
    for (const f of FILTERS) for (const v of chosen[f] ?? []) url.searchParams.append(f, v);
    history.replaceState(null, '', url);
  };
  // In `astro dev` there is no search index: say so instead of reporting a failure.
  const failed = () =>
    (import.meta.env.DEV && root.dataset.devText) || (root.dataset.errorText ?? '');

  // Each search has a number; results of an older one that arrive late are dropped.
  let latest = 0;
  // The search whose results are listed, for "show more".
  let current: { found: Found; data: SearchData } | undefined;
  const run = async () => {
    const mine = ++latest;
    const query = input.value.trim();
    current = undefined;
    list.replaceChildren();
    more.hidden = true;
    corrected.hidden = true;
    elsewhere.hidden = true;
    if (!query) {
      status.textContent = '';
      filterBox.hidden = true;
      return;
    }
    status.textContent = root.dataset.loadingText ?? '';
    try {
      // Pagefind, the filter index and the vocabulary load side by side.
      warmUp(place);
      const [{ data }] = await Promise.all([loadSearch(place), loadFilters(place)]);
      // The first few results are drawn as soon as they are there, the rest of the batch after them.
      const found = await searchSite(place, query, FIRST, chosen, exact);
      if (mine !== latest) return;
      list.replaceChildren(...found.hits.map((hit) => renderHit(hit, data)));
      const rest = await found.load(found.hits.length, BATCH);
      if (mine !== latest) return;
      found.hits.push(...rest);
      current = { found, data };
      if (found.corrected) {
        const link = make(
          'a',
          undefined,
          withQuery(data.strings['search.searchExact'] ?? '', query),
        );
        const url = new URL(location.href);
        url.searchParams.set('exact', '1');
        link.href = url.href;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          exact = true;
          remember();
          void run();
        });
        corrected.replaceChildren(link);
        corrected.hidden = false;
      }
      renderFilters(found, data.labels, data.strings);
      list.append(...rest.map((hit) => renderHit(hit, data)));
      more.hidden = found.hits.length >= found.total;
      // The correction is said first: the status is what screen readers hear.
      status.textContent =
        found.total === 0
          ? (data.strings['search.none'] ?? '')
          : [
              found.corrected
                ? withQuery(data.strings['search.correctedTo'] ?? '', found.corrected)
                : '',
              countText(data, found.total),
            ]
              .filter(Boolean)
              .join(' ');
      if (!found.foundUnfiltered) {
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
      // Without the search data there are no translated strings: the page's own text is used.
      status.textContent = failed();
    }
  };

  let loadingMore = false;
  const showMore = async () => {
    if (!current || loadingMore) return;
    const { found, data } = current;
    const mine = latest;
    const start = list.children.length;
    loadingMore = true;
    try {
      const hits = await found.load(start, start + BATCH);
      if (mine !== latest) return;
      const items = hits.map((hit) => renderHit(hit, data));
      list.append(...items);
      // Focus goes to the first new result before the button can disappear under it.
      items[0]?.querySelector<HTMLAnchorElement>('.search-results__title')?.focus();
      more.hidden = list.children.length >= found.total;
      status.textContent = `${countText(data, found.total)} ${countText(data, hits.length, 'search.moreShown')}`;
    } catch {
      if (mine === latest) status.textContent = failed();
    } finally {
      loadingMore = false;
    }
  };
  more.addEventListener('click', () => void showMore());

  const renderFilters = (
    found: Found,
    labels: Record<string, Record<string, string>>,
    strings: Record<string, string>,
  ) => {
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
          chosen[f] = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map(
            (b) => b.value,
          );
          remember();
          // The filters are drawn anew with the results: put the focus back on the same box.
          void run().then(() =>
            filterBox
              .querySelector<HTMLInputElement>(`input[name="${f}"][value="${CSS.escape(value)}"]`)
              ?.focus(),
          );
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
    // A new search from the field may be corrected again.
    exact = false;
    remember();
    void run();
  });
  void run();
}

function renderHit(hit: Found['hits'][number], data: SearchData): HTMLLIElement {
  const item = make('li');
  const link = make('a', 'search-results__title', hit.title);
  link.href = hit.url;
  const excerpt = make('p');
  setExcerpt(excerpt, hit.excerpt);
  item.append(
    make('p', 'search-results__kind', data.labels.kind?.[hit.kind] ?? hit.kind),
    link,
    excerpt,
  );
  if (hit.sections.length > 0) {
    const sections = make('ul', 'search-results__sections');
    sections.setAttribute('aria-label', data.strings['search.sections'] ?? '');
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
