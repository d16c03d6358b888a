import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What each kind of misplaced file should be, by what its name ends with. */
const PAGE = /\.mdx$/;
const DATA = /\.ya?ml$/;

/**
 * Every file in the content folder `root` that the site would skip without a word: a page that is not
 * `.mdx`, a data file that is not `.yaml`, a file outside the folders the site reads. Each problem says
 * what to rename the file to, or where it belongs. `dataFolders` are the folders under `data/`.
 * Names that start with a dot (`.gitkeep`, `.DS_Store`) are not content and are left alone.
 */
export function checkContentFiles(root: string, dataFolders: readonly string[]): string[] {
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch {
    return [`${root}/: the content folder does not exist. Check OGP_CONTENT_DIR.`];
  }
  const problems: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/');
    if (path.split('/').some((part) => part.startsWith('.'))) continue;
    const problem = misplaced(path, dataFolders);
    if (problem) problems.push(`${root}/${path}: ${problem}`);
  }
  return problems.sort();
}

function misplaced(path: string, dataFolders: readonly string[]): string | undefined {
  const [top, folder, ...rest] = path.split('/');
  const name = path.slice(path.lastIndexOf('/') + 1);
  const stem = name.replace(/\.[^.]*$/, '');
  if (top === 'pages') {
    if (PAGE.test(name)) return undefined;
    if (/\.(?:mdx|md|markdown)$/i.test(name))
      return `the site reads only pages whose names end in .mdx, so it would skip this one. Rename it to ${stem}.mdx.`;
    return 'the pages folder holds only .mdx pages, so the site would skip this file. Move it out of the content folder, or remove it.';
  }
  if (top === 'data' && folder !== undefined && rest.length > 0 && dataFolders.includes(folder)) {
    if (DATA.test(name)) return undefined;
    if (/\.ya?ml$/i.test(name))
      return `the site reads only files whose names end in .yaml, so it would skip this one. Rename it to ${stem}.yaml.`;
    return `data/${folder}/ holds only .yaml files, so the site would skip this file. Move it out of the content folder, or remove it.`;
  }
  const folders = dataFolders.map((f) => `data/${f}/`).join(', ');
  if (top === 'data' && rest.length === 0 && folder !== undefined) {
    const into = dataFolders.includes(stem) ? `data/${stem}/${name}` : undefined;
    return into
      ? `data files live in the folder of their collection, so the site would skip this one. Move it to ${into}.`
      : `data files live in the folder of their collection (${folders}), so the site would skip this one. Move it into one of them, or remove it.`;
  }
  if (top === 'data')
    return `data/${folder}/ is not a folder the site reads; they are ${folders}. Move the file into one of them, or remove it.`;
  return 'the content folder holds only pages/ and data/, so the site would skip this file. Move it into one of them, or out of the content folder.';
}
