import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/t';
import { DIST, page } from '../helpers/dist';

const commitments = JSON.parse(readFileSync(join(DIST, 'data/commitments.json'), 'utf-8')) as {
  id: string;
  ogpId: string | null;
  title: Record<string, string>;
}[];

describe('the commitments spreadsheet', () => {
  it('opens as a sheet of every commitment in each language, with a header row in that language', async () => {
    for (const lang of localeCodes) {
      const rows = await readSheet(join(DIST, `${lang}/commitments.xlsx`));
      const [header = [], ...body] = rows;
      expect(header[0]).toBe(dictionaries[lang]['register.column.id']);
      expect(header).toContain(dictionaries[lang]['irm.field.diog']);
      expect(body.length).toBe(commitments.length);
      const titles = body.map((row) => row[3]);
      for (const c of commitments) expect(titles, c.id).toContain(c.title[lang]);
    }
  });

  it('shows names and labels as the pages do, not IDs, and says what is not known', async () => {
    const rows = await readSheet(join(DIST, 'lv/commitments.xlsx'));
    const row = rows.find((r) => r[0] === 'LV0018') ?? [];
    expect(row[4]).toBe('Viedās administrācijas un reģionālās attīstības ministrija (VARAM)');
    expect(row[8]).toBe('ar zvaigzni');
    expect(String(row[12])).toMatch(/\/lv\/apnemsanas\/lv0018\/$/);
    expect(rows.flat()).toContain('nav zināms');
  });

  it('is offered on the register and the data page with its format and size', () => {
    for (const file of ['lv/apnemsanas/index.html', 'lv/dati/index.html']) {
      const $ = page(file);
      const link = $('.attachment a[download]');
      expect(link.attr('href'), file).toBe('/lv/commitments.xlsx');
      expect($('.attachment').text(), file).toMatch(/XLSX, \d+(,\d)? KiB/);
    }
  });
});
