/**
 * Where the content lives, relative to the project root. Tests point it at a
 * broken copy (OGP_CONTENT_DIR, relative to the project root) to see that the build names the file and field.
 */
export const contentDir = process.env.OGP_CONTENT_DIR ?? 'content';

/** The collections of YAML records and the folder under `data/` that holds each one. */
export const dataCollections = {
  plans: 'plans',
  commitments: 'commitments',
  institutions: 'institutions',
  sources: 'sources',
  events: 'events',
  changes: 'changes',
  searchTerms: 'search-terms',
} as const;

/** The folders under `data/`, one per collection of YAML records. */
export const dataFolders = Object.values(dataCollections);
