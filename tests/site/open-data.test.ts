import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { DIST, fileOf, htmlFiles, page } from '../helpers/dist';

const read = (path: string) => readFileSync(join(DIST, path), 'utf-8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;
type Commitment = {
  id: string;
  plan: number;
  principles: string[];
  lead: string[] | null;
  partners: string[];
  title: Record<string, string>;
  url: Record<string, string>;
};
const commitments = json<Commitment[]>('data/commitments.json');
const plans =
  json<{ number: number; commitmentCount: number | null; url: Record<string, string> }[]>(
    'data/plans.json',
  );
const institutions = json<{ id: string; url: Record<string, string> }[]>('data/institutions.json');
const pathOf = (url: string) => new URL(url).pathname;
/** Commitment IDs linked from a built page's main content. */
const linkedCommitments = (file: string, selector = 'main') => {
  const $ = page(file);
  return new Set(
    $(`${selector} a[href]`)
      .toArray()
      .map((a) => /\/(?:apnemsanas|commitments)\/(lv\d{4})\/$/.exec($(a).attr('href') ?? '')?.[1])
      .filter((id): id is string => id !== undefined),
  );
};

describe('the open data files', () => {
  it('validate against the JSON Schemas published beside them', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const name of ['commitments', 'plans', 'institutions', 'sources']) {
      const validate = ajv.compile(json(`data/${name}.schema.json`));
      const ok = validate(json(`data/${name}.json`));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('resolve every source ID they use in sources.json', () => {
    const ids = new Set(json<{ id: string }[]>('data/sources.json').map((s) => s.id));
    const used = [
      ...commitments.flatMap((c) => (c as unknown as { sources: string[] }).sources),
      ...json<{ sources: string[] }[]>('data/plans.json').flatMap((p) => p.sources),
    ];
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('are rejected by their schemas when a record is broken', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(json('data/commitments.schema.json'));
    const broken = structuredClone(commitments);
    (broken[0] as unknown as Record<string, unknown>).plan = 'two';
    expect(validate(broken)).toBe(false);
  });

  it('give commitments.csv as UTF-8 that parses back to the same records', () => {
    const text = read('data/commitments.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parseCsv<Record<string, string>>(text, { bom: true, columns: true });
    expect(rows.map((r) => r.id)).toEqual(commitments.map((c) => c.id));
    for (const [i, row] of rows.entries()) {
      const record = commitments[i]!;
      expect(Number(row.plan)).toBe(record.plan);
      for (const lang of localeCodes) expect(row[`title_${lang}`]).toBe(record.title[lang]);
      expect(row.principles!.split('; ')).toEqual(record.principles);
      expect(row.lead === '' ? null : row.lead!.split('; ')).toEqual(record.lead);
    }
    expect(rows.some((r) => /[āčēģīķļņšūž]/.test(r.title_lv ?? ''))).toBe(true);
  });

  it('agree with the pages: every commitment is on its plan page, in the register and in the data', () => {
    for (const lang of localeCodes) {
      const register = htmlFiles().find(
        (f) => f.startsWith(`${lang}/`) && page(f)('[data-register]').length > 0,
      )!;
      expect([...linkedCommitments(register, '.register__table')].sort()).toEqual(
        commitments.map((c) => c.id).sort(),
      );
      for (const plan of plans) {
        const listed = linkedCommitments(fileOf(pathOf(plan.url[lang]!)));
        const inData = commitments.filter((c) => c.plan === plan.number).map((c) => c.id);
        expect([...listed].sort(), `plan ${plan.number}`).toEqual(inData.sort());
        if (plan.commitmentCount !== null) expect(inData.length).toBe(plan.commitmentCount);
      }
    }
  });

  it('have static filter pages that list exactly the matching commitments', () => {
    for (const lang of localeCodes) {
      for (const institution of institutions) {
        const expected = commitments
          .filter((c) => c.lead?.includes(institution.id) || c.partners.includes(institution.id))
          .map((c) => c.id);
        expect(
          [...linkedCommitments(fileOf(pathOf(institution.url[lang]!)))].sort(),
          institution.id,
        ).toEqual(expected.sort());
      }
      const principlePages = htmlFiles().filter(
        (f) =>
          f.startsWith(`${lang}/`) &&
          page(f)('main [data-pagefind-filter="kind:principle"]').length > 0,
      );
      expect(principlePages.length).toBe(4);
      for (const file of principlePages) {
        const listed = linkedCommitments(file, 'main section');
        const principle = commitments.filter((c) => listed.has(c.id)).flatMap((c) => c.principles);
        // Every listed commitment shares the page's principle, and no commitment of it is missing.
        const counts = new Map<string, number>();
        for (const p of principle) counts.set(p, (counts.get(p) ?? 0) + 1);
        const [which] = [...counts].find(([, n]) => n === listed.size) ?? [];
        expect(which, file).toBeDefined();
        expect(commitments.filter((c) => c.principles.includes(which!)).length, file).toBe(
          listed.size,
        );
      }
    }
  });

  it('are described on a data page with schema.org Dataset metadata in each language', () => {
    for (const lang of localeCodes) {
      const datasets = htmlFiles()
        .filter((f) => f.startsWith(`${lang}/`))
        .flatMap((file) => {
          const $ = page(file);
          return $('script[type="application/ld+json"]')
            .toArray()
            .map(
              (s) =>
                JSON.parse($(s).text()) as {
                  '@type'?: string;
                  distribution: { contentUrl: string }[];
                  license: string;
                },
            )
            .filter((block) => block['@type'] === 'Dataset')
            .map((dataset) => ({ file, dataset, $ }));
        });
      expect(datasets.length, lang).toBe(1);
      const [{ dataset, $ }] = datasets as [(typeof datasets)[number]];
      expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(dataset.distribution.map((d) => pathOf(d.contentUrl)).sort()).toEqual([
        '/data/commitments.csv',
        '/data/commitments.json',
        '/data/institutions.json',
        '/data/milestones.csv',
        '/data/milestones.json',
        '/data/plans.json',
        '/data/sources.json',
      ]);
      expect($('main a[href="/data/commitments.schema.json"]').length).toBe(1);
    }
  });
});
