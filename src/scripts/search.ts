/**
 * The search page in the browser: reads `?q=`, asks Pagefind (loaded only now, from the
 * index of the page's language), and lists the results with their highlighted excerpts.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

interface Strings {
  loading: string;
  error: string;
  results: Record<string, string>;
  pluralLocale: string;
}

const MAX_RESULTS = 20;
let pagefind: Promise<Pagefind> | undefined;

/** Wires up the search panel on the current page, if it has one. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  root.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');

  const run = async (query: string) => {
    list.replaceChildren();
    if (query === '') {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      pagefind ??= loadPagefind(root.dataset.bundle!, root.dataset.base!);
      const { results } = await (await pagefind).search(query);
      const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      list.replaceChildren(...shown.map(renderResult));
      const category = new Intl.PluralRules(strings.pluralLocale).select(results.length);
      status.textContent = (strings.results[category] ?? strings.results.other ?? '').replace('{{count}}', String(results.length));
    } catch {
      status.textContent = strings.error;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(null, '', url);
    void run(query);
  });
  const initial = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = initial;
  void run(initial);
}

async function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await module.options({ baseUrl: base });
  return module;
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and adds only <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  item.append(link, excerpt);
  return item;
}
