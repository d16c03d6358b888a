import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { commitmentSchema } from '../../src/schemas/commitment';
import { institutionSchema } from '../../src/schemas/institution';
import { pageSchema } from '../../src/schemas/page';
import { planSchema } from '../../src/schemas/plan';
import { searchTermsSchema } from '../../src/schemas/search-terms';
import { sourceSchema } from '../../src/schemas/source';
import { validCommitment, validInstitution, validPage, validPlan, validSource } from '../fixtures/records';

/** The problems zod finds, as `path: message` lines, the way Astro reports them per field. */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the plan schema', () => {
  it('accepts a complete plan', () => {
    expect(problems(planSchema, validPlan)).toEqual([]);
  });

  it('rejects a plan whose English name is missing, naming the field and the language', () => {
    expect(problems(planSchema, { ...validPlan, name: { lv: 'Otrais plāns' } })).toEqual([
      'name.en: Missing translation: add `en:` with the English text.',
    ]);
  });

  it('rejects a date that does not exist', () => {
    const plan = { ...validPlan, approval: { ...validPlan.approval, date: '2017-02-30' } };
    expect(problems(planSchema, plan)).toEqual(['approval.date: "2017-02-30" is not a real date: write it as YYYY, YYYY-MM or YYYY-MM-DD.']);
  });

  it('rejects an unknown status and a field that is not in the schema', () => {
    expect(problems(planSchema, { ...validPlan, status: 'done' })[0]).toMatch(/^status: /);
    expect(problems(planSchema, { ...validPlan, colour: 'red' })[0]).toMatch(/colour/);
  });

  it('takes `unknown` for a fact the sources do not give, but not an empty value', () => {
    expect(problems(planSchema, { ...validPlan, approval: 'unknown', commitmentCount: 'unknown' })).toEqual([]);
    expect(problems(planSchema, { ...validPlan, summary: { lv: ' ', en: 'Text' } })).toEqual([
      'summary.lv: The Latvian (lv) text is empty: write it in.',
    ]);
  });

  it('reads a year written as a bare YAML number', () => {
    expect(problems(planSchema, { ...validPlan, period: { start: 2012, end: 'unknown' } })).toEqual([]);
  });
});

describe('the commitment schema', () => {
  it('accepts a commitment and fills unknown IRM fields with `unknown`', () => {
    const parsed = commitmentSchema.parse(validCommitment);
    expect(parsed.irm.relevance).toBe('unknown');
    expect(parsed.completion.level).toBe('unknown');
    expect(parsed.delivered).toBe('unknown');
  });

  it('rejects a malformed OGP ID and a missing principle', () => {
    expect(problems(commitmentSchema, { ...validCommitment, ogpId: 'LV29' }).join('\n')).toContain('An OGP ID looks like `LV0029`.');
    expect(problems(commitmentSchema, { ...validCommitment, principles: [] })).toEqual(['principles: Name at least one principle it serves.']);
  });

  it('rejects a source reference that is not an ID', () => {
    expect(problems(commitmentSchema, { ...validCommitment, sources: ['https://example.org'] })).toEqual([
      'sources.0: A source ID looks like `S13`: see content/data/sources/.',
    ]);
  });
});

describe('the milestone, completion and stated-figure fields', () => {
  const milestone = { id: 'tap-portal', text: { lv: 'Izveidot portālu.', en: 'Build the portal.' } };

  it('fills a milestone without a date or status with `unknown` and no sources', () => {
    const parsed = commitmentSchema.parse({ ...validCommitment, milestones: [milestone] });
    expect(parsed.milestones[0]).toMatchObject({ due: 'unknown', status: 'unknown', sources: [] });
  });

  it('takes a partial due date and rejects a status outside the vocabulary', () => {
    const parsed = commitmentSchema.parse({ ...validCommitment, milestones: [{ ...milestone, due: 2020 }] });
    expect(parsed.milestones[0]?.due).toBe('2020');
    expect(problems(commitmentSchema, { ...validCommitment, milestones: [{ ...milestone, status: 'finished' }] })[0]).toMatch(/^milestones\.0\.status: /);
  });

  it('rejects a milestone ID that cannot be an anchor and a milestone without English text', () => {
    expect(problems(commitmentSchema, { ...validCommitment, milestones: [{ ...milestone, id: 'TAP portal' }] })[0]).toMatch(/^milestones\.0\.id: /);
    expect(problems(commitmentSchema, { ...validCommitment, milestones: [{ ...milestone, text: { lv: 'Teksts.' } }] })).toEqual([
      'milestones.0.text.en: Missing translation: add `en:` with the English text.',
    ]);
  });

  it('takes completion in the IRM vocabulary with its assessor and stage, and rejects other levels', () => {
    const completion = { level: 'substantial', assessedBy: 'irm', stage: 'end-of-term', sources: ['S16'] };
    expect(commitmentSchema.parse({ ...validCommitment, completion }).completion).toEqual(completion);
    expect(problems(commitmentSchema, { ...validCommitment, completion: { ...completion, level: 'partial' } })[0]).toMatch(/^completion\.level: /);
    expect(problems(commitmentSchema, { ...validCommitment, completion: { ...completion, assessedBy: 'ngo' } })[0]).toMatch(/^completion\.assessedBy: /);
  });

  it('requires the checked day on plans and commitments, as a real day', () => {
    const { checked: _, ...undated } = validCommitment;
    expect(problems(commitmentSchema, undated)[0]).toMatch(/^checked: /);
    expect(problems(planSchema, { ...validPlan, checked: '2026-12' })[0]).toMatch(/^checked: "2026-12" is not a real day/);
  });

  it('takes stated plan figures with their report and sources, and a status date', () => {
    const figure = { kind: 'completed', count: 9, of: 12, report: 'implementation', sources: ['S16'] };
    expect(problems(planSchema, { ...validPlan, statedFigures: [figure], statusAsOf: { date: 2025, sources: ['S37'] } })).toEqual([]);
    expect(problems(planSchema, { ...validPlan, statedFigures: [{ ...figure, sources: [] }] })).toEqual([
      'statedFigures.0.sources: List at least one source (an ID from content/data/sources/).',
    ]);
    expect(problems(planSchema, { ...validPlan, statedFigures: [{ ...figure, kind: 'finished' }] })[0]).toMatch(/^statedFigures\.0\.kind: /);
  });

  it('takes `unknown` as a source date', () => {
    expect(problems(sourceSchema, { ...validSource, date: 'unknown' })).toEqual([]);
    expect(problems(sourceSchema, { ...validSource, date: '2025-13' })[0]).toMatch(/^date: /);
  });
});

describe('the page schema', () => {
  it('accepts a page and reads a YAML date as text', () => {
    expect(pageSchema.parse({ ...validPage, updated: new Date('2026-11-27') }).updated).toBe('2026-11-27');
  });

  it('rejects a path with capitals or diacritics', () => {
    expect(problems(pageSchema, { ...validPage, path: 'principi/Atklātība' })[0]).toMatch(/^path: Use lower-case ASCII words/);
  });

  it('requires a principle page to name its principle', () => {
    expect(problems(pageSchema, { ...validPage, kind: 'principle' })).toEqual(['principle: A page of `kind: principle` names its `principle:`.']);
  });
});

describe('the institution and source schemas', () => {
  it('accept valid records', () => {
    expect(problems(institutionSchema, validInstitution)).toEqual([]);
    expect(problems(sourceSchema, validSource)).toEqual([]);
  });

  it('reject an ID with spaces and a URL that is not http(s)', () => {
    expect(problems(institutionSchema, { ...validInstitution, id: 'State Chancellery' })[0]).toMatch(/^id: Use lower-case letters/);
    expect(problems(sourceSchema, { ...validSource, url: 'ftp://example.org' })[0]).toMatch(/^url: Write a full http/);
  });
});

describe('the search terms schema', () => {
  it('accepts a group with terms in some of the languages', () => {
    expect(problems(searchTermsSchema, { id: 'local-government', en: ['local government', 'municipality'] })).toEqual([]);
    expect(problems(searchTermsSchema, { id: 'soe', lv: ['kapitālsabiedrība', 'valsts uzņēmums'], en: ['state-owned company', 'SOE'] })).toEqual([]);
  });

  it('rejects a language with a single term, saying to add one or leave the language out', () => {
    expect(problems(searchTermsSchema, { id: 'ngo', lv: ['NVO'] })).toEqual([
      'lv: List at least two Latvian (lv) terms, or leave `lv:` out.',
    ]);
  });

  it('rejects terms written as one text instead of a list, and terms with punctuation', () => {
    expect(problems(searchTermsSchema, { id: 'ngo', en: 'NGO, non-governmental organisation' })[0]).toMatch(
      /^en: List the English \(en\) terms as a YAML list/,
    );
    expect(problems(searchTermsSchema, { id: 'ngo', en: ['NGO', 'non-governmental organisation (NGO)'] })).toEqual([
      'en.1: A term is one to four words of letters or digits, separated by single spaces or hyphens.',
    ]);
  });

  it('rejects an unknown language or field', () => {
    expect(problems(searchTermsSchema, { id: 'ngo', de: ['NGO', 'Verein'] })[0]).toMatch(/de/);
  });
});
