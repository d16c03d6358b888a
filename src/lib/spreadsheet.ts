import type { TFunction } from 'i18next';
import writeXlsxFile from 'write-excel-file/node';
import type { Locale } from '../i18n/locales';
import { uiKey } from '../i18n/t';
import type { CommitmentData } from '../schemas/commitment';
import { UNKNOWN } from '../schemas/fields';
import type { Entry } from './entry';
import { institutionLabel } from './institutions';
import type { Site } from './site';

/** One cell: text or a number, or nothing. Text is always text in the file, never a formula. */
export type Cell = string | number | null;

/** A column of the commitments spreadsheet: its header and the cell of each commitment. */
interface Column {
  header: string;
  /** Width in characters, as spreadsheet programs count them. */
  width: number;
  cell: (commitment: Entry<CommitmentData>) => Cell;
}

/**
 * The register as a spreadsheet in one language: one row per commitment, with names and labels as
 * a reader sees them on the pages ("Valsts kanceleja (VK)", "ar zvaigzni"), not IDs. Unknowns read
 * "nav zināms" / "not known". `pageUrl` gives the address of a commitment's page.
 * @example commitmentsSheet(site, 'lv', t, url).header // ['OGP ID', 'Rīcības plāns', …]
 */
export function commitmentsSheet(
  site: Site,
  lang: Locale,
  t: TFunction,
  pageUrl: (commitment: Entry<CommitmentData>) => string,
): { header: string[]; rows: Cell[][]; widths: number[] } {
  const unknown = t('value.unknown');
  const known = <T>(value: T | typeof UNKNOWN, show: (v: T) => string): string =>
    value === UNKNOWN ? unknown : show(value);
  const names = (ids: readonly string[]) =>
    ids.map((id) => institutionLabel(site.institution(id), lang)).join('; ');
  const irm = (field: 'starred' | 'ambition' | 'diog') => (c: Entry<CommitmentData>) =>
    known(c.data.irm[field], (v) => t(uiKey(`irm.${field}.${String(v)}`)));
  const columns: Column[] = [
    { header: t('register.column.id'), width: 10, cell: (c) => known(c.data.ogpId, (v) => v) },
    {
      header: t('commitment.field.plan'),
      width: 30,
      cell: (c) => site.plan(c.data.plan).data.name[lang],
    },
    {
      header: t('commitment.field.number'),
      width: 8,
      cell: (c) => (c.data.number === UNKNOWN ? unknown : c.data.number),
    },
    { header: t('register.column.title'), width: 60, cell: (c) => c.data.title[lang] },
    { header: t('commitment.field.lead'), width: 40, cell: (c) => known(c.data.lead, names) },
    { header: t('commitment.field.partners'), width: 40, cell: (c) => names(c.data.partners) },
    {
      header: t('commitment.field.principles'),
      width: 30,
      cell: (c) => c.data.principles.map((p) => t(`principle.${p}`)).join('; '),
    },
    {
      header: t('commitment.field.policyArea'),
      width: 30,
      cell: (c) => t(`policyArea.${c.data.policyArea}`),
    },
    { header: t('irm.field.starred'), width: 14, cell: irm('starred') },
    { header: t('irm.field.ambition'), width: 16, cell: irm('ambition') },
    {
      header: t('irm.field.completion'),
      width: 16,
      cell: (c) => known(c.data.completion.level, (v) => t(`irm.completion.${v}`)),
    },
    { header: t('irm.field.diog'), width: 22, cell: irm('diog') },
    { header: t('spreadsheet.page'), width: 50, cell: pageUrl },
  ];
  return {
    header: columns.map((c) => c.header),
    rows: site.commitments.map((commitment) => columns.map((c) => c.cell(commitment))),
    widths: columns.map((c) => c.width),
  };
}

/** A sheet name spreadsheet programs accept: at most 31 characters, none of []/\\:*? */
const sheetName = (name: string) =>
  name
    .replace(/[[\]/\\:*?]/g, '')
    .trim()
    .slice(0, 31);

/** The spreadsheet's MIME type. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// One file per site and language, shared by the endpoint and the pages that give its size.
const made = new WeakMap<Site, Map<Locale, Promise<Buffer>>>();

/**
 * The commitments spreadsheet (XLSX) in `lang`, made once per build: a bold, frozen header row,
 * column widths, and text cells that spreadsheet programs never read as formulas or numbers.
 */
export function commitmentsXlsx(
  site: Site,
  lang: Locale,
  t: TFunction,
  pageUrl: (commitment: Entry<CommitmentData>) => string,
): Promise<Buffer> {
  const files = made.get(site) ?? new Map<Locale, Promise<Buffer>>();
  made.set(site, files);
  let file = files.get(lang);
  if (!file) {
    const { header, rows, widths } = commitmentsSheet(site, lang, t, pageUrl);
    file = writeXlsxFile(
      [
        header.map((value) => ({ value, fontWeight: 'bold' as const })),
        ...rows.map((row) =>
          row.map((value) => (typeof value === 'string' ? { value, type: String } : value)),
        ),
      ],
      {
        columns: widths.map((width) => ({ width })),
        sheet: sheetName(t('spreadsheet.sheet')),
        stickyRowsCount: 1,
      },
    ).toBuffer();
    files.set(lang, file);
  }
  return file;
}
