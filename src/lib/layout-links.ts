/** The pages the layout links to by key, besides those it finds by kind (home, search, all pages, 404). */

/** Main navigation: page keys and the UI string that labels each. */
export const navigationItems = [
  { key: 'ogp/index', label: 'nav.ogp' },
  { key: 'principles/index', label: 'nav.principles' },
  { key: 'latvia/index', label: 'nav.latvia' },
  { key: 'plans/index', label: 'nav.plans' },
  { key: 'commitments/index', label: 'nav.register' },
  { key: 'participate/index', label: 'nav.participate' },
] as const;

/** The footer's links, in order (the list of all pages is found by its kind). */
export const footerKeys = [
  'about',
  'data/index',
  'calendar/index',
  'glossary',
  'accessibility',
] as const;
