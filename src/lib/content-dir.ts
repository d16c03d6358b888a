/**
 * Where the content lives, relative to the project root. Tests point it at a
 * broken copy (OGP_CONTENT_DIR, relative to the project root) to see that the build names the file and field.
 */
export const contentDir = process.env.OGP_CONTENT_DIR ?? 'content';

/** The folders under `data/`, one per collection of YAML records. */
export const dataFolders = [
  'plans',
  'commitments',
  'institutions',
  'sources',
  'events',
  'changes',
] as const;
