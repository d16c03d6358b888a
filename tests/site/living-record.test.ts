import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DIST, page } from '../helpers/dist';

const read = (path: string) => readFileSync(join(DIST, path), 'utf-8');
type Milestone = { id: string; status: string | null; due: string | null; doneOn: string | null };
const commitments = JSON.parse(read('data/commitments.json')) as {
  id: string;
  milestones: Milestone[];
  checked: string;
  completionLevel: string | null;
}[];
const plans = JSON.parse(read('data/plans.json')) as {
  number: number;
  statedFigures: { kind: string; count: number; of: number | null }[];
  statusAsOf: string | null;
}[];
/** The visible text of an element, spaces collapsed. */
const text = (file: string, selector: string) =>
  page(file)(selector).text().replace(/\s+/g, ' ').trim();

describe('a built commitment page', () => {
  const lv = 'lv/apnemsanas/lv0029/index.html';
  const en = 'en/commitments/lv0029/index.html';

  it('shows its milestones as an ordered list, each with an anchor, a status tag and its dates in <time>', () => {
    const $ = page(lv);
    const items = $('main ol.milestones > li');
    expect(items.toArray().map((li) => li.attribs.id)).toEqual([
      'tap-portal',
      'consultation-e-service',
    ]);
    const first = $('#tap-portal');
    expect(first.find('.milestone__status').text().trim()).toBe('izpildīts');
    expect(
      first
        .find('time')
        .toArray()
        .map((el) => el.attribs.datetime),
    ).toEqual(['2020-12', '2021-09-09']);
    expect(first.text()).toContain('2021. gada 9. septembris');
    // The same anchors in the other language, so a #link survives the language switch.
    expect(
      page(en)('main ol.milestones > li')
        .toArray()
        .map((li) => li.attribs.id),
    ).toEqual(['tap-portal', 'consultation-e-service']);
    expect(page(en)('#tap-portal .milestone__status').text().trim()).toBe('done');
  });

  it('shows its completion level and who assessed it, or says it is not known', () => {
    expect(text(lv, 'main dl.facts')).toContain('Izpildes līmenis nav zināms');
    // A starred commitment: the star itself says substantially or fully completed.
    expect(text('en/commitments/lv0018/index.html', 'main dl.facts')).toContain(
      "exact level not known; the IRM's star means it was substantially or fully completed",
    );
  });

  it('shows the date of its newest dated source and when it was checked', () => {
    expect(text(lv, 'main .record-dates')).toBe(
      'Jaunākais avots: 2024 (Unified Portal for the Development and Agreement of Draft Legal Acts – State Chancellery (2024 UN Public Service Awards winner)). Ieraksta atbilstība avotiem pārbaudīta: 2026. gada 2. decembris.',
    );
    expect(text('en/commitments/lv0043/index.html', 'main .record-dates')).toMatch(
      /^Newest source: 22 October 2021 \(.+\)\. Record checked against its sources: 2 December 2026\.$/,
    );
  });

  it('says so where no milestones are known', () => {
    const none = commitments.find((c) => c.milestones.length === 0);
    expect(none).toBeDefined();
    const file = `en/commitments/${none!.id}/index.html`;
    expect(text(file, 'main')).toContain('The sources show no milestones for this commitment.');
    expect(page(file)('main ol.milestones').length).toBe(0);
  });

  it('shows inferred facts apart, with the reasoning', () => {
    const block = text('lv/apnemsanas/lv0023/index.html', 'main');
    expect(block).toContain('Secinājumi, ko avoti tieši neapstiprina');
    expect(block).toContain('Pamatojums: Atbildīgā ministrija un laiks sakrīt');
  });
});

describe('the plans side by side and on their own pages', () => {
  /** The comparison table's rows by their first cell, each as the texts of its cells. */
  const rows = (file: string): Record<string, string[]> => {
    const $ = page(file);
    const entries = $('main table')
      .first()
      .find('tbody tr')
      .toArray()
      .map((tr): [string, string[]] => {
        const cells = $(tr)
          .find('th, td')
          .toArray()
          .map((c) => $(c).text().trim());
        return [cells[0] ?? '', cells];
      });
    return Object.fromEntries(entries);
  };

  it('show the IRM\'s stated figures beside the data\'s sums, and an incomplete sum only as "at least"', () => {
    const table = rows('en/plans/comparison/index.html');
    // Cells: plan (0), commitments (1), four principles (2–5), starred (6), major or outstanding (7), assessed (8).
    expect(table['Plan 3']?.[6]).toBe('0 (IRM figure) · in data: 0');
    expect(table['Plan 3']?.[7]).toBe('2 (IRM figure) · in data: at least 1*');
    expect(table['Plan 2']?.[6]).toBe('3 (IRM figure) · in data: 3');
    expect(table['Plan 2']?.[7]).toBe('at least 3*');
    const lvTable = rows('lv/plani/salidzinajums/index.html');
    expect(lvTable['3. plāns']?.[7]).toBe('2 (pēc IRM) · datos: vismaz 1*');
  });

  it("list a plan's stated figures with their report and what its commitments add up to", () => {
    const list = text('en/plans/3/index.html', 'main ul.stated-figures');
    expect(list).toContain(
      "Commitments completed: 9 of 12 (the IRM's implementation report); in this site's data: at least 0 (data incomplete)",
    );
    expect(list).toContain(
      "Commitments with major or outstanding results: 2 of 12 (the IRM's implementation report); in this site's data: at least 1 (data incomplete)",
    );
  });

  it('date the status of a plan still in preparation from its sources', () => {
    expect(text('lv/plani/6/index.html', 'main dl.facts')).toContain('Stāvoklis avotos uz 2025');
    expect(plans.find((p) => p.number === 6)?.statusAsOf).toBe('2025');
  });
});

describe('the open data of the living record', () => {
  it('give one milestones.csv row per milestone in commitments.json, with the same IDs, statuses and dates', () => {
    const rows = parseCsv<Record<string, string>>(read('data/milestones.csv'), {
      bom: true,
      columns: true,
    });
    const expected = commitments.flatMap((c) =>
      c.milestones.map((m) => [c.id, m.id, m.status ?? '', m.due ?? '', m.doneOn ?? '']),
    );
    expect(rows.map((r) => [r.commitment, r.id, r.status, r.due, r.done_on])).toEqual(expected);
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it('carry the checked date on every commitment and the stated figures on the plans', () => {
    for (const c of commitments) expect(c.checked, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(plans.find((p) => p.number === 3)?.statedFigures).toContainEqual(
      expect.objectContaining({ kind: 'completed', count: 9, of: 12 }),
    );
  });
});
