import { schemaLocale } from '../i18n/locales';
import { uiKey, useTranslations } from '../i18n/t';
import { csvText } from './open-data/csv';
import { dataFiles, type DataFile } from './open-data/files';
import type { Site } from './site';

// One build has one site and one address: the files are made once and shared by the endpoints and the data page.
let cached: DataFile[] | undefined;

/** The open data files of this build, made once; the CSV as csvText writes it (formulas kept as text). */
export function siteDataFiles(site: Site, siteUrl: string, base: string): DataFile[] {
  const describe = useTranslations(schemaLocale);
  cached ??= dataFiles(site, siteUrl, base, (key) => describe(uiKey(key)), csvText);
  return cached;
}
