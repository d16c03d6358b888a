import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { yamlLoader } from './lib/yaml-loader';
import { commitmentSchema } from './schemas/commitment';
import { institutionSchema } from './schemas/institution';
import { pageSchema } from './schemas/page';
import { planSchema } from './schemas/plan';
import { sourceSchema } from './schemas/source';

/** Prose pages; the ID is the file path, e.g. `lv/principles/openness`, so twins share all but the language. */
const pages = defineCollection({
  loader: glob({
    base: `${contentDir}/pages`,
    pattern: '**/*.mdx',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: pageSchema,
});

const plans = defineCollection({
  loader: yamlLoader({ base: `${contentDir}/data/plans`, shape: 'entry' }),
  schema: planSchema,
});

const commitments = defineCollection({
  loader: yamlLoader({ base: `${contentDir}/data/commitments`, shape: 'entry' }),
  schema: commitmentSchema,
});

const institutions = defineCollection({
  loader: yamlLoader({ base: `${contentDir}/data/institutions`, shape: 'list' }),
  schema: institutionSchema,
});

const sources = defineCollection({
  loader: yamlLoader({ base: `${contentDir}/data/sources`, shape: 'list' }),
  schema: sourceSchema,
});

export const collections = { pages, plans, commitments, institutions, sources };
