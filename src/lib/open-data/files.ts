import { localeCodes } from '../../i18n/locales';
import type { Localized } from '../../schemas/fields';
import type { Site } from '../site';
import { absoluteUrl } from '../urls';
import { csvRows } from './csv';
import { datasets, type DatasetName } from './datasets';
import type { ExportContext } from './fields';
import { jsonSchemaOf } from './json-schema';

/** One published file: its name under /data/, its type and its text. */
export interface DataFile {
  name: string;
  dataset: DatasetName;
  format: 'json' | 'csv' | 'schema';
  contentType: string;
  body: string;
  records: number;
}

/**
 * Every open data file, serialised once: the endpoints publish them and the data page lists
 * them with their sizes. `describe` gives the English documentation of a field for the schemas.
 */
export function dataFiles(
  site: Site,
  siteUrl: string,
  base: string,
  describe: (key: string) => string,
  toCsv: (rows: string[][]) => string,
): DataFile[] {
  const ctx: ExportContext = {
    site,
    pageUrls: (key) =>
      Object.fromEntries(
        localeCodes.map((l) => [l, absoluteUrl(site.route(key, l)!.href, siteUrl, base)]),
      ) as Localized,
  };
  const url = (name: string) => absoluteUrl(`/data/${name}`, siteUrl, base);
  return datasets.flatMap((table): DataFile[] => {
    const { name: dataset } = table;
    const list = table.records(ctx);
    const files: DataFile[] = [
      {
        name: `${dataset}.json`,
        dataset,
        format: 'json',
        contentType: 'application/json',
        body: `${JSON.stringify(list, null, 2)}\n`,
        records: list.length,
      },
      {
        name: `${dataset}.schema.json`,
        dataset,
        format: 'schema',
        contentType: 'application/schema+json',
        body: `${JSON.stringify(jsonSchemaOf(table, describe, url(`${dataset}.schema.json`)), null, 2)}\n`,
        records: list.length,
      },
    ];
    if (table.csv) {
      const body = toCsv(csvRows(table, list));
      files.push({
        name: `${dataset}.csv`,
        dataset,
        format: 'csv',
        contentType: 'text/csv; charset=utf-8',
        body,
        records: list.length,
      });
    }
    return files;
  });
}
