import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { UNKNOWN } from '../schemas/fields';
import { ambitionLevels, completionLevels, diogLevels, irmReportTypes, ogpValueIds, planStatuses, policyAreas, principleIds, relevanceLevels } from '../schemas/vocabulary';
import type { Site } from './site';
import { absoluteUrl } from './urls';

/** The open data files, their record schemas and the fields each documents. */
export const datasets = ['commitments', 'plans', 'institutions', 'sources'] as const;
export type Dataset = (typeof datasets)[number];

/** `unknown` in the content becomes `null` in the data: "not known". */
const known = <T>(value: T | typeof UNKNOWN): T | null => (value === UNKNOWN ? null : value);

const text = z.object(Object.fromEntries(localeCodes.map((l) => [l, z.string()])) as Record<Locale, z.ZodString>);
const orNull = <T extends z.ZodType>(schema: T) => schema.nullable();
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** Field by field, with the UI-dictionary key of its documentation (`data.field.commitments.id` …). */
const commitmentShape = {
  id: z.string(),
  ogpId: orNull(z.string()),
  ogpIdInferred: z.boolean(),
  plan: z.number().int(),
  number: orNull(z.number().int()),
  title: text,
  lead: orNull(z.array(z.string())),
  partners: z.array(z.string()),
  principles: z.array(z.enum(principleIds)),
  ogpValues: orNull(z.array(z.enum(ogpValueIds))),
  policyArea: z.enum(policyAreas),
  periodStart: orNull(partialDate),
  periodEnd: orNull(partialDate),
  irmStarred: orNull(z.boolean()),
  irmRelevance: orNull(z.enum(relevanceLevels)),
  irmVerifiable: orNull(z.boolean()),
  irmAmbition: orNull(z.enum(ambitionLevels)),
  irmCompletion: orNull(z.enum(completionLevels)),
  irmDiog: orNull(z.enum(diogLevels)),
  irmPromising: orNull(z.boolean()),
  description: orNull(text),
  delivered: orNull(text),
  continues: z.array(z.string()),
  continuedBy: z.array(z.string()),
  sources: z.array(z.string()),
  url: text,
};

const planShape = {
  number: z.number().int(),
  name: text,
  periodStart: orNull(partialDate),
  periodEnd: orNull(partialDate),
  ogpPeriodLabel: orNull(z.string()),
  approvalAct: orNull(text),
  approvalDate: orNull(partialDate),
  approvalUrl: orNull(z.string()),
  coordinator: orNull(z.string()),
  status: z.enum(planStatuses),
  commitmentCount: orNull(z.number().int()),
  irmReports: z.array(z.object({ type: z.enum(irmReportTypes), year: z.number().int().nullable(), title: z.string(), url: z.string() })),
  summary: text,
  assessment: orNull(text),
  sources: z.array(z.string()),
  url: text,
};

const institutionShape = {
  id: z.string(),
  name: text,
  abbreviation: orNull(text),
  type: z.enum(['government', 'civil-society', 'international', 'other']),
  website: orNull(z.string()),
  url: text,
};

const sourceShape = {
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: orNull(z.string()),
  date: orNull(partialDate),
  language: z.string(),
};

export const recordShapes = { commitments: commitmentShape, plans: planShape, institutions: institutionShape, sources: sourceShape } as const;

/** The zod schema of one file: an array of records, each field described for the JSON Schema. */
export function datasetSchema(dataset: Dataset, describe: (key: string) => string) {
  const shape = Object.fromEntries(
    Object.entries(recordShapes[dataset]).map(([name, schema]) => [name, (schema as z.ZodType).describe(describe(`data.field.${dataset}.${name}`))]),
  );
  return z.array(z.object(shape).strict()).describe(describe(`data.file.${dataset}`));
}

/** JSON Schema (draft 2020-12) of one file, generated from its zod schema. */
export function jsonSchemaOf(dataset: Dataset, describe: (key: string) => string, id: string): Record<string, unknown> {
  return { $id: id, ...z.toJSONSchema(datasetSchema(dataset, describe)) };
}

/** The records of every file, from the same content as the pages. */
export function exportRecords(site: Site, siteUrl: string, base: string) {
  const urls = (key: string) => Object.fromEntries(localeCodes.map((l) => [l, absoluteUrl(site.route(key, l)!.href, siteUrl, base)])) as Record<Locale, string>;
  const commitments = site.commitments.map(({ id, data }) => ({
    id,
    ogpId: known(data.ogpId),
    ogpIdInferred: data.ogpIdInferred,
    plan: data.plan,
    number: known(data.number),
    title: data.title,
    lead: known(data.lead),
    partners: data.partners,
    principles: data.principles,
    ogpValues: known(data.ogpValues),
    policyArea: data.policyArea,
    periodStart: data.period === UNKNOWN ? null : data.period.start,
    periodEnd: data.period === UNKNOWN ? null : data.period.end,
    irmStarred: known(data.irm.starred),
    irmRelevance: known(data.irm.relevance),
    irmVerifiable: known(data.irm.verifiable),
    irmAmbition: known(data.irm.ambition),
    irmCompletion: known(data.irm.completion),
    irmDiog: known(data.irm.diog),
    irmPromising: known(data.irm.promising),
    description: known(data.description),
    delivered: known(data.delivered),
    continues: data.continues,
    continuedBy: site.commitments.filter((c) => c.data.continues.includes(id)).map((c) => c.id),
    sources: data.sources,
    url: urls(`commitment/${id}`),
  }));
  const plans = site.plans.map(({ data }) => {
    const approval = known(data.approval);
    return {
      number: data.number,
      name: data.name,
      periodStart: known(data.period.start),
      periodEnd: known(data.period.end),
      ogpPeriodLabel: data.period.ogpLabel ?? null,
      approvalAct: approval ? known(approval.act) : null,
      approvalDate: approval?.date ?? null,
      approvalUrl: approval?.url ?? null,
      coordinator: known(data.coordinator),
      status: data.status,
      commitmentCount: known(data.commitmentCount),
      irmReports: data.irmReports.map((r) => ({ type: r.type, year: known(r.year), title: r.title, url: r.url })),
      summary: data.summary,
      assessment: known(data.assessment),
      sources: data.sources,
      url: urls(`plan/${data.number}`),
    };
  });
  const institutions = [...site.institutions.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, data]) => ({
      id,
      name: data.name,
      abbreviation: data.abbreviation ?? null,
      type: data.type,
      website: data.url ?? null,
      url: urls(`institution/${id}`),
    }));
  const sources = [...site.sources.entries()]
    .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
    .map(([id, s]) => ({ id, title: s.title, publisher: s.publisher, url: s.url ?? null, date: s.date ?? null, language: s.language }));
  return { commitments, plans, institutions, sources };
}

/** CSV columns of commitments.csv: flat, one language per column (`title_lv`, `title_en` …), lists joined with "; ". */
export function commitmentRows(records: ReturnType<typeof exportRecords>['commitments']): string[][] {
  type Row = (typeof records)[number];
  const list = (values: readonly string[] | null) => (values ? values.join('; ') : '');
  const value = (v: string | number | boolean | null) => (v === null ? '' : String(v));
  const localized = (name: string, get: (r: Row) => Record<Locale, string> | null): [string, (r: Row) => string][] =>
    localeCodes.map((l) => [`${name}_${l}`, (r: Row) => get(r)?.[l] ?? '']);
  const columns: [string, (r: Row) => string][] = [
    ['id', (r) => r.id],
    ['ogp_id', (r) => value(r.ogpId)],
    ['ogp_id_inferred', (r) => value(r.ogpIdInferred)],
    ['plan', (r) => value(r.plan)],
    ['number', (r) => value(r.number)],
    ...localized('title', (r) => r.title),
    ['lead', (r) => list(r.lead)],
    ['partners', (r) => list(r.partners)],
    ['principles', (r) => list(r.principles)],
    ['ogp_values', (r) => list(r.ogpValues)],
    ['policy_area', (r) => r.policyArea],
    ['period_start', (r) => value(r.periodStart)],
    ['period_end', (r) => value(r.periodEnd)],
    ['irm_starred', (r) => value(r.irmStarred)],
    ['irm_relevance', (r) => value(r.irmRelevance)],
    ['irm_verifiable', (r) => value(r.irmVerifiable)],
    ['irm_ambition', (r) => value(r.irmAmbition)],
    ['irm_completion', (r) => value(r.irmCompletion)],
    ['irm_diog', (r) => value(r.irmDiog)],
    ['irm_promising', (r) => value(r.irmPromising)],
    ...localized('description', (r) => r.description),
    ...localized('delivered', (r) => r.delivered),
    ['continues', (r) => list(r.continues)],
    ['continued_by', (r) => list(r.continuedBy)],
    ['sources', (r) => list(r.sources)],
    ...localized('url', (r) => r.url),
  ];
  return [columns.map(([name]) => name), ...records.map((r) => columns.map(([, get]) => get(r)))];
}

/** One published file: its name under /data/, its type and its text. */
export interface DataFile {
  name: string;
  dataset: Dataset;
  format: 'json' | 'csv' | 'schema';
  contentType: string;
  body: string;
  records: number;
}

/**
 * Every open data file, serialised once: the endpoints publish them and the data page lists
 * them with their sizes. `describe` gives the English documentation of a field for the schemas.
 */
export function dataFiles(site: Site, siteUrl: string, base: string, describe: (key: string) => string, toCsv: (rows: string[][]) => string): DataFile[] {
  const records = exportRecords(site, siteUrl, base);
  const url = (name: string) => absoluteUrl(`/data/${name}`, siteUrl, base);
  return datasets.flatMap((dataset): DataFile[] => {
    const list = records[dataset];
    const files: DataFile[] = [
      { name: `${dataset}.json`, dataset, format: 'json', contentType: 'application/json', body: `${JSON.stringify(list, null, 2)}\n`, records: list.length },
      {
        name: `${dataset}.schema.json`,
        dataset,
        format: 'schema',
        contentType: 'application/schema+json',
        body: `${JSON.stringify(jsonSchemaOf(dataset, describe, url(`${dataset}.schema.json`)), null, 2)}\n`,
        records: list.length,
      },
    ];
    if (dataset === 'commitments') {
      files.push({ name: 'commitments.csv', dataset, format: 'csv', contentType: 'text/csv; charset=utf-8', body: toCsv(commitmentRows(records.commitments)), records: list.length });
    }
    return files;
  });
}
