import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { changeSchema } from '../../src/schemas/change';
import { asciiProblem, textProblem } from '../../src/schemas/characters';
import { commitmentSchema } from '../../src/schemas/commitment';
import { eventSchema } from '../../src/schemas/event';
import { institutionSchema } from '../../src/schemas/institution';
import { pageSchema } from '../../src/schemas/page';
import { planSchema } from '../../src/schemas/plan';
import { sourceSchema } from '../../src/schemas/source';
import { parseRecords } from '../../src/lib/yaml-records';
import {
  validCommitment,
  validInstitution,
  validPage,
  validPlan,
  validSource,
} from '../fixtures/records';

const validEvent = {
  id: 'consultation-2026',
  title: { lv: 'Sabiedriskā apspriešana', en: 'Public consultation' },
  kind: 'consultation',
  start: '2026-03-01',
  end: '2026-03-31',
  summary: { lv: 'Ikviens var iesniegt priekšlikumus.', en: 'Anyone can send proposals.' },
  page: 'participate/index',
  url: 'https://tapportals.mk.gov.lv/',
  sources: ['S1'],
};
const validChange = {
  id: 'plan-6-draft',
  date: '2026-11-27',
  kind: 'new-plan',
  title: { lv: 'Sestā plāna projekts', en: 'Draft of the sixth plan' },
  summary: { lv: 'Projekts ir publicēts.', en: 'The draft is published.' },
  page: 'plan/6',
};

type Issue = { path: PropertyKey[]; message: string; code: string; errors?: Issue[][] };

/** Every issue zod reports, those inside a union too, as `path: message` with the full path. */
function issuesOf(
  schema: z.ZodType,
  data: unknown,
): { path: string; message: string; code: string }[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const flat = (
    issues: Issue[],
    prefix: PropertyKey[],
  ): { path: string; message: string; code: string }[] =>
    issues.flatMap((issue) => {
      const path = [...prefix, ...issue.path];
      return issue.errors
        ? issue.errors.flatMap((branch) => flat(branch, path))
        : [{ path: path.join('.'), message: issue.message, code: issue.code }];
    });
  return flat(result.error.issues, []);
}

/** Every string in a record, with its path, e.g. `['title.lv', 'Atklātība']`. */
function stringsOf(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringsOf(v, [...path, k]));
  return [];
}

/** A copy of `record` with `insert` put into the middle of the string at `path`. */
function withInserted(record: unknown, path: string, insert: string): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  const keys = path.split('.');
  let parent = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  const text = parent[last] as string;
  const middle = Math.ceil(text.length / 2);
  parent[last] = `${text.slice(0, middle)}${insert}${text.slice(middle)}`;
  return copy;
}

// Characters that reach readers unseen: control characters (NUL and BEL made rss.xml invalid XML),
// direction overrides (they reorder what a reader sees), invisible and broken characters.
const hidden: [name: string, char: string, code: string][] = [
  ['a NUL', '\u0000', 'U+0000 (null)'],
  ['a BEL', '\u0007', 'U+0007 (bell)'],
  ['an escape', '\u001B', 'U+001B (escape)'],
  ['a carriage return', '\r', 'U+000D (carriage return)'],
  ['a DEL', '\u007F', 'U+007F (delete)'],
  ['a C1 control character from a wrong decoding', '\u0085', 'U+0085 (next line)'],
  ['a right-to-left override', '\u202E', 'U+202E (right-to-left override)'],
  ['a left-to-right embedding', '\u202A', 'U+202A (left-to-right embedding)'],
  ['a pop directional formatting', '\u202C', 'U+202C (pop directional formatting)'],
  ['a left-to-right isolate', '\u2066', 'U+2066 (left-to-right isolate)'],
  ['a pop directional isolate', '\u2069', 'U+2069 (pop directional isolate)'],
  ['a zero-width space', '\u200B', 'U+200B (zero-width space)'],
  ['a zero-width joiner', '\u200D', 'U+200D (zero-width joiner)'],
  ['a word joiner', '\u2060', 'U+2060 (word joiner)'],
  [
    'a byte order mark inside the text',
    '\uFEFF',
    'U+FEFF (zero-width no-break space (byte order mark))',
  ],
  ['a soft hyphen', '\u00AD', 'U+00AD (soft hyphen)'],
  ['a line separator', '\u2028', 'U+2028 (line separator)'],
  ['an invisible tag character', '\u{E0041}', 'U+E0041'],
  ['half of a surrogate pair', '\uD800', 'U+D800'],
  ['a noncharacter', '\uFFFF', 'U+FFFF (not a character)'],
];

describe('text fields', () => {
  it.each(hidden)('reject %s, naming it as U+XXXX and its column', (_, char, code) => {
    const problem = textProblem(`Atvērtā${char} pārvaldība`);
    expect(problem).toContain(code);
    expect(problem).toContain('at column 8.');
    expect(problem).toMatch(/Delete it/);
  });

  it('name the line and column of a character in text of several lines', () => {
    expect(textProblem('Pirmā rinda.\nOtrā\u200B rinda.')).toContain('at line 2, column 5.');
  });

  it('count columns in characters, not in UTF-16 units', () => {
    expect(textProblem('😀 ā\u202E')).toContain('at column 4.');
  });

  it('reject a word that mixes Latin letters with a Cyrillic look-alike, naming the letter it imitates', () => {
    expect(textProblem('Atvērtā pārvaldība Lаtvijā')).toBe(
      'The text has the word "Lаtvijā", which mixes Latin letters with U+0430 (the Cyrillic letter "а", which looks like the Latin "a") at column 21. Type the word again in one alphabet.',
    );
    expect(textProblem('Open gοvernment')).toContain(
      'U+03BF (the Greek letter "ο", which looks like the Latin "o")',
    );
  });

  it.each([
    [
      'Latvian with diacritics and typographic quotes',
      'Ministru kabineta rīkojums „Par plānu” Nr. 633',
    ],
    ['a title wholly in Cyrillic', 'Открытое правительство в Латвии'],
    ['a no-break space', 'Nr.\u00A0633'],
    ['tabs and line breaks', 'Pirmā rinda.\n\tOtrā rinda.'],
    ['an emoji with a variation selector', 'Paldies ❤️'],
    ['hyphens, dashes and symbols', 'e-pārvalde — 2015–2017, 100 %, § 5'],
  ])('accept %s', (_, text) => {
    expect(textProblem(text)).toBeUndefined();
  });
});

describe('IDs, keys, codes and dates', () => {
  it.each([
    [
      'a Cyrillic look-alike letter',
      'stаte-chancellery',
      '"stаte-chancellery" has U+0430 (the Cyrillic letter "а", which looks like the Latin "a"), at column 3.',
    ],
    [
      'a Latvian letter',
      'valsts-kancelārija',
      '"valsts-kancelārija" has U+0101 ("ā", a letter outside plain a–z; write "a"), at column 14.',
    ],
    [
      'a Greek look-alike letter',
      'lv00ο1',
      '"lv00ο1" has U+03BF (the Greek letter "ο", which looks like the Latin "o"), at column 5.',
    ],
    ['a full-width digit', 'S１3', '"S１3" has U+FF11 ("１"), at column 2.'],
    [
      'a no-break space',
      'plan/\u00A06',
      '"plan/\u00A06" has U+00A0 (no-break space), at column 6.',
    ],
    [
      'a zero-width space',
      'test\u200B-office',
      'The value has an invisible character, U+200B (zero-width space), at column 5.',
    ],
    ['a NUL', 'lv0001\u0000', 'The value has a control character, U+0000 (null), at column 7.'],
  ])('reject %s, naming it as U+XXXX and its column', (_, value, message) => {
    expect(asciiProblem(value)).toBe(
      `${message} Write it in plain ASCII only (Latin letters without diacritics, digits, hyphens): type it again.`,
    );
  });

  it('accept plain ASCII', () => {
    for (const value of ['state-chancellery', 'S13', 'LV0029', 'principi/atklatiba', '2026-11-27'])
      expect(asciiProblem(value)).toBeUndefined();
  });
});

const records: [name: string, schema: z.ZodType, record: unknown][] = [
  ['plan', planSchema, validPlan],
  ['commitment', commitmentSchema, validCommitment],
  ['page frontmatter', pageSchema, validPage],
  ['institution', institutionSchema, validInstitution],
  ['source', sourceSchema, validSource],
  ['event', eventSchema, validEvent],
  ['news entry', changeSchema, validChange],
];

describe('the content schemas', () => {
  it.each(records)('accept the valid %s record', (_, schema, record) => {
    expect(issuesOf(schema, record)).toEqual([]);
  });

  // Every string of each record, whatever the field: text, ID, key, URL, date, list item.
  it.each(records)(
    'reject a NUL, a direction override and a zero-width space in every string of a %s, at that field',
    (_, schema, record) => {
      let checked = 0;
      for (const [path] of stringsOf(record)) {
        for (const [char, code] of [
          ['\u0000', 'U+0000'],
          ['\u202E', 'U+202E'],
          ['\u200B', 'U+200B'],
        ] as const) {
          const issues = issuesOf(schema, withInserted(record, path, char)).filter(
            (i) => i.path === path,
          );
          // A value from a fixed list (a kind, a status) is refused by the list itself.
          const fromList =
            issues.some((i) => i.code === 'invalid_value') &&
            !issues.some((i) => i.code === 'custom');
          if (fromList) continue;
          expect(issues.map((i) => i.message).join('\n'), `${path} with ${code}`).toContain(code);
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(9);
    },
  );

  it('reject a zero-width space in a commitment title with a message that says where it is', () => {
    const commitment = {
      ...validCommitment,
      title: { ...validCommitment.title, en: 'Open\u200Bness' },
    };
    expect(issuesOf(commitmentSchema, commitment)).toEqual([
      {
        path: 'title.en',
        code: 'custom',
        message:
          'The text has an invisible character, U+200B (zero-width space), at column 5. Delete it. Most editors do not show it, so delete the characters around that column and type them again; in YAML it may also be written as an escape such as \\0 or \\u200B in double quotes.',
      },
    ]);
  });

  it('reject a Cyrillic letter in an institution ID with one message, not also the pattern message', () => {
    expect(issuesOf(institutionSchema, { ...validInstitution, id: 'stаte-chancellery' })).toEqual([
      expect.objectContaining({ path: 'id', message: expect.stringContaining('U+0430') as string }),
    ]);
  });

  it('reject a Cyrillic letter in a lead institution of a commitment', () => {
    const messages = issuesOf(commitmentSchema, { ...validCommitment, lead: ['stаte-chancellery'] })
      .filter((i) => i.path === 'lead.0')
      .map((i) => i.message);
    expect(messages).toEqual([
      expect.stringContaining('U+0430 (the Cyrillic letter "а"') as string,
    ]);
  });

  it('reject a bidirectional override in a page title from the frontmatter', () => {
    expect(issuesOf(pageSchema, { ...validPage, title: 'Atklātība \u202Eatem' })).toEqual([
      expect.objectContaining({
        path: 'title',
        message: expect.stringContaining('U+202E (right-to-left override)') as string,
      }),
    ]);
  });

  // js-yaml refuses a raw control character; an escape such as `\a` in double quotes gets through to the schema.
  it('refuse a raw control character in a YAML file naming the file, and an escaped one at the schema', () => {
    expect(() =>
      parseRecords('title: a\u0007b\n', 'content/data/plans/plan-1.yaml', 'entry'),
    ).toThrow(/content\/data\/plans\/plan-1\.yaml:1: this is not valid YAML/);
    const [parsed] = parseRecords(
      'title: "Test source\\a"\npublisher: P\nlanguage: en\nid: S1\n',
      'content/data/sources/sources.yaml',
      'entry',
    );
    const record = parsed?.record ?? {};
    expect(record.title).toBe('Test source\u0007');
    expect(issuesOf(sourceSchema, record)).toEqual([
      expect.objectContaining({
        path: 'title',
        message: expect.stringContaining('U+0007 (bell), at column 12.') as string,
      }),
    ]);
  });
});
