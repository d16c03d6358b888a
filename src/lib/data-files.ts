import { stringify } from 'csv-stringify/sync';
import { useTranslations } from '../i18n/t';
import { dataFiles, type DataFile } from './open-data';
import type { Site } from './site';

let cached: DataFile[] | undefined;

/**
 * The open data files of this build, made once: RFC 4180 CSV (quoted where needed, CRLF
 * line ends) with a byte-order mark so spreadsheet programs read the Latvian letters as UTF-8.
 */
export function siteDataFiles(site: Site, siteUrl: string, base: string): DataFile[] {
  const describe = useTranslations('en');
  cached ??= dataFiles(site, siteUrl, base, (key) => describe(key), (rows) => `\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`);
  return cached;
}
