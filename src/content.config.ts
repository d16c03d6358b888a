import { defineCollection } from 'astro:content';
import { contentDir, dataCollections, dataFolders } from './lib/content-dir';
import { checkContentFiles } from './lib/content-files';
import { loadReport } from './lib/load-report';
import { pagesLoader } from './lib/pages-loader';
import { yamlLoader } from './lib/yaml-loader';
import { changeSchema } from './schemas/change';
import { commitmentSchema } from './schemas/commitment';
import { eventSchema } from './schemas/event';
import { institutionSchema } from './schemas/institution';
import { pageSchema } from './schemas/page';
import { planSchema } from './schemas/plan';
import { searchTermsSchema } from './schemas/search-terms';
import { sourceSchema } from './schemas/source';

/** Every collection, in the order their problems are listed. */
const names = ['pages', ...(Object.keys(dataCollections) as (keyof typeof dataCollections)[])];
// Problems found while loading are listed together, with any file the site would skip.
const report = loadReport(names, () => checkContentFiles(contentDir, dataFolders));

/** Prose pages; the ID is the file path, e.g. `lv/principles/openness`, so twins share all but the language. The loader also checks frontmatter dates. */
const pages = defineCollection({
  loader: pagesLoader({
    base: `${contentDir}/pages`,
    pattern: '**/*.mdx',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    schema: pageSchema,
    report,
  }),
  schema: pageSchema,
});

const plans = defineCollection({
  loader: yamlLoader({
    base: `${contentDir}/data/plans`,
    shape: 'entry',
    schema: planSchema,
    report,
  }),
  schema: planSchema,
});

const commitments = defineCollection({
  loader: yamlLoader({
    base: `${contentDir}/data/commitments`,
    shape: 'entry',
    schema: commitmentSchema,
    report,
  }),
  schema: commitmentSchema,
});

const institutions = defineCollection({
  loader: yamlLoader({
    base: `${contentDir}/data/institutions`,
    shape: 'list',
    schema: institutionSchema,
    report,
  }),
  schema: institutionSchema,
});

const sources = defineCollection({
  loader: yamlLoader({
    base: `${contentDir}/data/sources`,
    shape: 'list',
    schema: sourceSchema,
    report,
  }),
  schema: sourceSchema,
});

const events = defineCollection({
  loader: yamlLoader({
    base: `${contentDir}/data/events`,
    shape: 'list',
    schema: eventSchema,
    report,
  }),
  schema: eventSchema,
});

const changes = defineCollection({
  loader: yamlLoader({
    base: `${contentDir}/data/changes`,
    shape: 'list',
    schema: changeSchema,
    report,
  }),
  schema: changeSchema,
});

/** Words a search treats as meaning the same, per language. */
const searchTerms = defineCollection({
  loader: yamlLoader({
    base: `${contentDir}/data/${dataCollections.searchTerms}`,
    shape: 'list',
    schema: searchTermsSchema,
    report,
  }),
  schema: searchTermsSchema,
});

export const collections = {
  pages,
  plans,
  commitments,
  institutions,
  sources,
  events,
  changes,
  searchTerms,
} satisfies Record<(typeof names)[number], unknown>;
