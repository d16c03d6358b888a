import { stringify } from 'csv-stringify/sync';
import { schemaLocale } from '../i18n/locales';
import { uiKey, useTranslations } from '../i18n/t';
import { dataFiles, type DataFile } from './open-data/files';
import type { Site } from './site';

// One build has one site and one address: the files are made once and shared by the endpoints and the data page.
let cached: DataFile[] | undefined;

/**
 * The open data files of this build, made once: RFC 4180 CSV (quoted where needed, CRLF
 * line ends) with a byte-order mark so spreadsheet programs read the Latvian letters as UTF-8.
 */
export function siteDataFiles(site: Site, siteUrl: string, base: string): DataFile[] {
  const describe = useTranslations(schemaLocale);
  cached ??= dataFiles(
    site,
    siteUrl,
    base,
    (key) => describe(uiKey(key)),
    (rows) => `\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`,
  );
  return cached;
}
