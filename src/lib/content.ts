import { getCollection } from 'astro:content';
import { assembleSite, type Site } from './site';

let cached: Promise<Site> | undefined;

/**
 * The site's content, loaded once per build and checked as a whole. The one place
 * that calls getCollection: pages and components ask this module.
 */
export function loadSite(): Promise<Site> {
  // `astro dev` reloads changed content, so it assembles the site afresh for every request.
  if (import.meta.env.DEV) return assemble();
  cached ??= assemble();
  return cached;
}

async function assemble(): Promise<Site> {
  const [pages, plans, commitments, institutions, sources, events, changes, searchTerms] =
    await Promise.all([
      getCollection('pages'),
      getCollection('plans'),
      getCollection('commitments'),
      getCollection('institutions'),
      getCollection('sources'),
      getCollection('events'),
      getCollection('changes'),
      getCollection('searchTerms'),
    ]);
  return assembleSite({
    pages,
    plans,
    commitments,
    institutions,
    sources,
    events,
    changes,
    searchTerms,
  });
}
