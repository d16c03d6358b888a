import { localeCodes } from '../i18n/locales';
import { contentDir } from './content-dir';
import { splitPageId } from './pairing';

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

/** Where in the layout each list's links appear, and the name of the list in this file. */
const linkLists = [
  {
    where: 'the main navigation on every page',
    list: 'navigationItems',
    keys: navigationItems.map((i) => i.key),
  },
  { where: 'the footer on every page', list: 'footerKeys', keys: footerKeys },
] as const;

/**
 * The pages the layout links to that have no file in any language: the layout would drop
 * their links without a word. (A page missing in only some languages is a missing twin, reported as such.)
 */
export function checkLayoutLinks(pageIds: readonly string[]): string[] {
  const keys = new Set(pageIds.map((id) => splitPageId(id)?.key));
  const missing = [...new Set(linkLists.flatMap((l) => l.keys))].filter((key) => !keys.has(key));
  return missing.map((key) => {
    const lists = linkLists.filter((l) => (l.keys as readonly string[]).includes(key));
    const files = localeCodes.map((lang) => `${contentDir}/pages/${lang}/${key}.mdx`).join(' and ');
    return (
      `${files} are missing: ${lists.map((l) => l.where).join(' and ')} ${lists.length === 1 ? 'links' : 'link'} to page "${key}". ` +
      `Restore the page in every language, or take "${key}" out of ${lists.map((l) => l.list).join(' and ')} in src/lib/layout-links.ts.`
    );
  });
}
