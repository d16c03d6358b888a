import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildBrokenCopy, edit, FIXTURE_CONTENT } from '../helpers/fixture-build';
import type { RunResult } from '../helpers/run';

// Messages name the content folder in use (OGP_CONTENT_DIR), read when the modules load: set it first.
const ROOT = vi.hoisted(() => {
  const root = 'tests/.tmp/editor-messages/content';
  process.env.OGP_CONTENT_DIR = root;
  return root;
});
const { ContentError } = await import('../../src/lib/content-error');
const { assembleSite } = await import('../../src/lib/site');
const { readContent } = await import('../helpers/content');

/** One broken piece of content and what the editor must be told: each list is the parts of one message. */
interface Case {
  name: string;
  change: (content: string) => void;
  expected: (string | RegExp)[][];
  /** Text no message may contain, e.g. a second message for the same mistake. */
  absent?: string[];
}

/** What no message may contain: zod's and Astro's own wording, and values printed as code sees them. */
const NOISE =
  /\*\*|Did not match union|Unrecognized key|Invalid input|expected \w+, received|\[object Object\]|undefined|InvalidContentEntryDataError/;

const at = (file: string, line: number) => `${ROOT}/${file}:${line}: `;
const commitment = 'data/commitments/lv0001.yaml';
const plan = 'data/plans/plan-1.yaml';
const institutions = 'data/institutions/institutions.yaml';
const events = 'data/events/events.yaml';
const search = 'pages/en/search.mdx';
const change = (file: string, from: string | RegExp, to: string) => (c: string) =>
  edit(join(c, file), (t) => {
    const changed = t.replace(from, to);
    if (changed === t) throw new Error(`The case's change found no ${String(from)} in ${file}.`);
    return changed;
  });
const remove =
  (...files: string[]) =>
  (c: string) => {
    for (const file of files) rmSync(join(c, file));
  };
const both = (key: string) => [`pages/lv/${key}.mdx`, `pages/en/${key}.mdx`];

// Cases the loaders' own code can judge without a build: the same parser, schema check and site assembly.
const cases: Case[] = [
  {
    name: 'a commitment whose lead is one ID instead of a list',
    change: change(commitment, 'lead: [test-office]', 'lead: test-office'),
    expected: [
      [
        at(commitment, 5),
        'field "lead" must be a list of institution IDs, or `unknown`, e.g. `lead: [state-chancellery]`',
        'it is the text "test-office"',
      ],
    ],
  },
  {
    name: 'a lead institution ID with capitals',
    change: change(commitment, 'lead: [test-office]', 'lead: [Test_Office]'),
    expected: [[at(commitment, 5), 'item 1 of field "lead"', 'lower-case letters, digits and single hyphens']],
  },
  {
    name: 'an empty list of lead institutions',
    change: change(commitment, 'lead: [test-office]', 'lead: []'),
    expected: [[at(commitment, 5), 'field "lead" must list at least 1 item']],
  },
  {
    name: 'a misspelt field name',
    change: change(commitment, 'lead: [test-office]', 'laed: [test-office]'),
    expected: [
      [at(commitment, 5), 'field "laed" is not one this record can have. Did you mean `lead`?', 'The fields are: ogpId,'],
    ],
    // The misspelling is the one mistake: not also "field "lead" is missing".
    absent: ['is missing'],
  },
  {
    name: 'a plan number written as a word',
    change: change(commitment, 'plan: 1', 'plan: one'),
    expected: [[at(commitment, 2), 'field "plan" must be the number of a plan, e.g. `plan: 6`; it is the text "one".']],
  },
  {
    name: 'a commitment without its principles',
    change: change(commitment, /principles: .*\n/, ''),
    expected: [
      [at(commitment, 1), 'field "principles" is missing. Add `principles:` with a list of principles, e.g. `principles: [openness]`.'],
    ],
  },
  {
    name: 'a policy area that is not in the vocabulary',
    change: change(commitment, 'policyArea: civil-society', 'policyArea: nonsense'),
    expected: [[at(commitment, 7), 'field "policyArea" must be one of `open-data`, ', 'it is the text "nonsense"']],
  },
  {
    name: 'a title without its English text',
    change: change(commitment, ', en: Test commitment on participation', ''),
    expected: [[at(commitment, 4), 'field "title.en": Missing translation: add `en:` with the English text.']],
  },
  {
    name: 'a commitment number of zero',
    change: change(commitment, 'number: 1', 'number: 0'),
    expected: [[at(commitment, 3), 'field "number" must be at least 1.']],
  },
  {
    name: 'a yes-or-no field written as a word',
    change: change(commitment, 'plan: 1\n', "plan: 1\nogpIdInferred: 'yes'\n"),
    expected: [[at(commitment, 3), 'field "ogpIdInferred" must be `true` or `false`; it is the text "yes".']],
  },
  {
    name: 'an OGP value that is not in the vocabulary',
    change: change(commitment, 'sources: [S1]', 'sources: [S1]\nogpValues: [nonsense]'),
    expected: [[at(commitment, 9), 'item 1 of field "ogpValues" must be one of `transparency`, ']],
  },
  {
    name: 'a commitment file that holds a list',
    change: (c) => writeFileSync(join(c, 'data/commitments/lv0002.yaml'), '- a\n'),
    expected: [[at('data/commitments/lv0002.yaml', 1), 'expected one record here, written as `field: value` lines']],
  },
  {
    name: 'a month that does not exist',
    change: change(plan, 'start: 2012-04', 'start: 2012-13'),
    expected: [[at(plan, 3), 'field "period.start": "2012-13" is not a real date: write it as YYYY, YYYY-MM or YYYY-MM-DD.']],
  },
  {
    name: 'a plan status that is not in the vocabulary',
    change: change(plan, 'status: completed', 'status: done'),
    expected: [[at(plan, 6), 'field "status" must be one of `in-preparation`, `in-force`, `completed`; it is the text "done".']],
  },
  {
    name: 'a negative commitment count',
    change: change(plan, 'commitmentCount: 1', 'commitmentCount: -1'),
    expected: [[at(plan, 7), 'field "commitmentCount" must be at least 0.']],
  },
  {
    name: 'two institutions with one ID',
    change: (c) =>
      edit(join(c, institutions), (t) => `${t}- id: test-office\n  name: { lv: Cits, en: Other }\n  type: government\n`),
    expected: [[at(institutions, 4), 'the institutions ID "test-office" is already used in', `${institutions}:1. Give each record its own ID.`]],
  },
  {
    name: 'a listed institution without an ID',
    change: (c) => edit(join(c, institutions), (t) => `${t}- name: { lv: Cits, en: Other }\n  type: government\n`),
    expected: [[at(institutions, 4), 'record 2 has no `id`. Start it with `- id: …`']],
  },
  {
    name: 'an institution website that is not a web address',
    change: (c) => edit(join(c, institutions), (t) => `${t}  url: ftp://example.org\n`),
    expected: [[at(institutions, 4), 'field "url": Write a full http:// or https:// address.']],
  },
  {
    name: 'a source ID in the wrong form',
    change: change('data/sources/sources.yaml', 'id: S1', 'id: S-1'),
    expected: [[at('data/sources/sources.yaml', 1), 'field "id": A source ID looks like `S13`.']],
  },
  {
    name: 'an events file that is not valid YAML',
    change: change(events, 'kind: consultation', 'kind: [consultation'),
    expected: [[`${ROOT}/${events}:`, 'this is not valid YAML:', 'Check the indentation, colons and quotes on this line']],
  },
  {
    name: 'an event that ends before it starts',
    change: change(events, 'end: 2026-05-14', 'end: 2026-04-01'),
    expected: [[at(events, 5), 'field "end": The end is before the start.']],
  },
  {
    name: 'a news entry on a day that does not exist',
    change: change('data/changes/changes.yaml', 'date: 2026-11-27', 'date: 2026-11-31'),
    expected: [[at('data/changes/changes.yaml', 2), 'field "date": "2026-11-31" is not a real day: write it as YYYY-MM-DD.']],
  },
  {
    name: 'a page without a title',
    change: change(search, 'title: Search\n', ''),
    expected: [[at(search, 2), 'field "title" is missing. Add `title:` with text.']],
  },
  {
    name: 'a page description that is too short',
    change: change(search, /description: .*/, 'description: Search.'),
    expected: [[at(search, 3), 'field "description": Write a description of at least 20 characters.']],
  },
  {
    name: 'a page path with capitals',
    change: change(search, "path: 'search'", "path: 'Search'"),
    expected: [[at(search, 4), 'field "path": Use lower-case ASCII words joined by hyphens and slashes']],
  },
  {
    name: 'a page kind that does not exist',
    change: change(search, 'kind: search', 'kind: serch'),
    expected: [[at(search, 5), 'field "kind" must be one of `home`, ', 'it is the text "serch"']],
  },
  {
    name: 'a frontmatter that is not valid YAML',
    change: change(search, /description: .*/, 'description: Search: the test site in both languages.'),
    expected: [[at(search, 3), 'the frontmatter (between the `---` lines) is not valid YAML', 'put text with a colon in quotes']],
  },
  {
    name: 'a page date that does not exist',
    change: change(search, 'updated: 2026-11-27', 'updated: 2026-02-30'),
    expected: [[at(search, 6), 'field "updated" is "2026-02-30", which is not a real date. Write it as YYYY-MM-DD.']],
  },
  {
    name: 'a misspelt page field in a file with a byte order mark and CRLF line ends',
    change: (c) =>
      edit(join(c, search), (t) => `\uFEFF${t.replace('title:', 'titel:').replaceAll('\n', '\r\n')}`),
    expected: [[at(search, 2), 'field "titel" is not one this record can have. Did you mean `title`?']],
    absent: ['is missing'],
  },
  {
    name: 'twins of different kinds',
    change: change('pages/en/about.mdx', 'kind: article', 'kind: about'),
    expected: [
      [
        `${ROOT}/pages/en/about.mdx: field "kind" is "about", but its Latvian twin ${ROOT}/pages/lv/about.mdx has \`kind: article\`.`,
        'give both the same kind',
      ],
    ],
  },
  {
    name: "a page whose key is a generated plan page's",
    change: (c) => {
      for (const lang of ['lv', 'en']) {
        mkdirSync(join(c, `pages/${lang}/plan`));
        cpSync(join(c, `pages/${lang}/glossary.mdx`), join(c, `pages/${lang}/plan/1.mdx`));
        edit(join(c, `pages/${lang}/plan/1.mdx`), (t) => t.replace(/path: .*/, "path: 'plan-notes'"));
      }
    },
    expected: [
      [`${ROOT}/pages/lv/plan/1.mdx: this page's file path makes the key "plan/1", which is the key of a generated plan page`, 'Move or rename the file'],
      [`${ROOT}/pages/en/plan/1.mdx: this page's file path makes the key "plan/1"`],
    ],
  },
  {
    name: 'a page the footer links to, deleted in every language',
    change: remove(...both('glossary')),
    expected: [
      [
        `${ROOT}/pages/lv/glossary.mdx and ${ROOT}/pages/en/glossary.mdx are missing: the footer on every page links to page "glossary".`,
        'take "glossary" out of footerKeys in src/lib/layout-links.ts',
      ],
    ],
  },
  {
    name: 'a page the main navigation links to, deleted in every language',
    change: remove(...both('ogp/index')),
    expected: [[`${ROOT}/pages/en/ogp/index.mdx are missing: the main navigation on every page links to page "ogp/index".`]],
  },
  {
    name: 'the 404 page deleted in every language',
    change: remove(...both('404')),
    expected: [
      [`${ROOT}/pages/lv/ has no page of \`kind: not-found\`: static servers show it for every address that does not exist. Add ${ROOT}/pages/lv/404.mdx with \`kind: not-found\` and \`path: '404'\`.`],
      [`${ROOT}/pages/en/ has no page of \`kind: not-found\``],
    ],
  },
  {
    name: 'the 404 page deleted in one language',
    change: remove('pages/en/404.mdx'),
    expected: [[`${ROOT}/pages/lv/404.mdx: has no English twin. Create ${ROOT}/pages/en/404.mdx`]],
  },
  {
    name: 'a 404 page moved to another path',
    change: change('pages/en/404.mdx', /path: .*/, "path: 'not-found'"),
    expected: [[`${ROOT}/pages/en/404.mdx: field "path" is "not-found", but a page of \`kind: not-found\` must have \`path: '404'\``]],
  },
  {
    name: 'the register page that commitment pages live under, deleted',
    change: remove(...both('commitments/index')),
    expected: [[`${ROOT}/pages/lv/commitments/index.mdx is missing: commitment pages are published under its path.`]],
  },
  {
    name: 'a translation not updated with its twin',
    change: change('pages/en/plans/index.mdx', 'updated: 2026-11-27', 'updated: 2026-10-01'),
    expected: [[`${ROOT}/pages/en/plans/index.mdx: field "updated" is 2026-10-01, but its Latvian twin was updated on 2026-11-27.`]],
  },
  {
    name: 'a commitment led by an institution that is not listed, naming the folder in use',
    change: change(commitment, 'lead: [test-office]', 'lead: [nobody]'),
    expected: [[`${ROOT}/${commitment}: field "lead" names institution "nobody", which is not in ${ROOT}/data/institutions/.`]],
  },
  {
    name: 'a commitment saved as .YAML',
    change: (c) => renameSync(join(c, commitment), join(c, 'data/commitments/lv0001.YAML')),
    expected: [
      [`${ROOT}/data/commitments/lv0001.YAML: the site reads only files whose names end in .yaml, so it would skip this one. Rename it to lv0001.yaml.`],
    ],
  },
  {
    name: 'a page saved as .md',
    change: (c) => renameSync(join(c, 'pages/en/glossary.mdx'), join(c, 'pages/en/glossary.md')),
    expected: [[`${ROOT}/pages/en/glossary.md: the site reads only pages whose names end in .mdx`, 'Rename it to glossary.mdx.']],
  },
  {
    name: 'a stray file in a data folder',
    change: (c) => writeFileSync(join(c, 'data/events/notes.txt'), 'to do\n'),
    expected: [[`${ROOT}/data/events/notes.txt: data/events/ holds only .yaml files, so the site would skip this file.`]],
  },
  {
    name: 'a data file outside the folder of its collection',
    change: (c) => renameSync(join(c, 'data/sources/sources.yaml'), join(c, 'data/sources.yaml')),
    expected: [
      [`${ROOT}/data/sources.yaml: data files live in the folder of their collection`, 'Move it to data/sources/sources.yaml.'],
      [`${ROOT}/data/sources/: no YAML files found for the sources collection.`],
    ],
  },
  {
    name: 'a data folder the site does not read',
    change: (c) => {
      mkdirSync(join(c, 'data/people'));
      writeFileSync(join(c, 'data/people/people.yaml'), '- id: a\n');
    },
    expected: [[`${ROOT}/data/people/people.yaml: data/people/ is not a folder the site reads; they are data/plans/, `]],
  },
  {
    name: 'a YAML file saved in Windows-1257',
    change: (c) => writeFileSync(join(c, commitment), windows1257(readFileSync(join(c, commitment), 'utf-8'))),
    expected: [[at(commitment, 4), 'this file is not saved as UTF-8', 'save it with the encoding UTF-8']],
  },
  {
    name: 'a page saved in Windows-1257',
    change: (c) => {
      const page = join(c, 'pages/lv/glossary.mdx');
      writeFileSync(page, windows1257(readFileSync(page, 'utf-8')));
    },
    expected: [[at('pages/lv/glossary.mdx', 2), 'this file is not saved as UTF-8']],
  },
  {
    name: 'a YAML file with a byte order mark and a mistake, still on the right line',
    change: (c) => edit(join(c, plan), (t) => `\uFEFF${t.replace('status: completed', 'status: done')}`),
    expected: [[at(plan, 6), 'field "status" must be one of']],
  },
  {
    name: 'mistakes in three collections at once, each listed',
    change: (c) => {
      change(search, 'kind: search', 'kind: serch')(c);
      change(plan, 'status: completed', 'status: done')(c);
      change(events, 'end: 2026-05-14', 'end: 2026-04-01')(c);
      change(institutions, 'type: government', 'type: ministry')(c);
    },
    expected: [
      [at(search, 5), 'field "kind"'],
      [at(plan, 6), 'field "status"'],
      [at(events, 5), 'field "end"'],
      [at(institutions, 3), 'field "type" must be one of `government`, `civil-society`, `international`, `other`'],
    ],
  },
];

/** Text as an older Windows editor saves Latvian: one byte per letter, Windows-1257. */
function windows1257(text: string): Buffer {
  const codes: Record<string, number> = { ā: 0xe2, č: 0xe8, ē: 0xe7, ģ: 0xec, ī: 0xee, ķ: 0xed, ļ: 0xef, ņ: 0xf2, š: 0xf0, ū: 0xfb, ž: 0xfe };
  return Buffer.from([...text].map((ch) => codes[ch] ?? ch.charCodeAt(0)));
}

/** Every problem the site's content code finds in a mutated copy of the fixture site. */
async function problemsAfter(mutate: (content: string) => void): Promise<string[]> {
  rmSync(ROOT, { recursive: true, force: true });
  cpSync(FIXTURE_CONTENT, ROOT, { recursive: true });
  mutate(ROOT);
  try {
    assembleSite(await readContent(ROOT));
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const matches = (problem: string, parts: (string | RegExp)[]) =>
  parts.every((part) => (typeof part === 'string' ? problem.includes(part) : part.test(problem)));

function expectMessages(problems: string[], expected: (string | RegExp)[][], absent: string[] = []) {
  expect(problems.length).toBeGreaterThan(0);
  for (const parts of expected)
    expect(
      problems.some((p) => matches(p, parts)),
      `no message has all of ${JSON.stringify(parts.map(String))}:\n${problems.join('\n')}`,
    ).toBe(true);
  for (const problem of problems) expect(problem).not.toMatch(NOISE);
  for (const text of absent) expect(problems.filter((p) => p.includes(text))).toEqual([]);
}

describe('an editor is told the file, the line or field, and what to do', () => {
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  it('and the unbroken fixture site has nothing to tell', async () => {
    expect(await problemsAfter(() => {})).toEqual([]);
  });

  it.each(cases)('when the content has $name', async ({ change, expected, absent }) => {
    expectMessages(await problemsAfter(change), expected, absent);
  });
});

describe('stack traces are shown only on request', () => {
  it('when DEBUG=1 is not set, a content error carries no stack for Astro to print', () => {
    vi.stubEnv('DEBUG', '');
    expect(new ContentError(['x']).stack).toBe('');
    vi.unstubAllEnvs();
  });

  it('when DEBUG=1 is set, it keeps its stack and cause', () => {
    vi.stubEnv('DEBUG', '1');
    const error = new ContentError(['x'], { cause: new Error('inner') });
    expect(error.stack).toMatch(/\n\s+at /);
    expect(error.cause).toBeInstanceOf(Error);
    vi.unstubAllEnvs();
  });
});

// Real builds, each with several mistakes that the build reports together. The first set fails as the
// content loads (the schemas); the second once it is assembled (relations between records and pages).
const builds: { name: string; cases: Case[] }[] = [
  {
    name: 'messages-loading',
    cases: [
      {
        name: 'a lead that is not a list',
        change: change(commitment, 'lead: [test-office]', 'lead: test-office'),
        expected: [['content/data/commitments/lv0001.yaml:5: field "lead" must be a list of institution IDs']],
      },
      {
        name: 'a misspelt page field',
        change: change(search, 'title:', 'titel:'),
        expected: [['content/pages/en/search.mdx:2: field "titel" is not one this record can have. Did you mean `title`?']],
      },
      {
        name: 'a month that does not exist',
        change: change(plan, 'start: 2012-04', 'start: 2012-13'),
        expected: [['content/data/plans/plan-1.yaml:3: field "period.start": "2012-13" is not a real date']],
      },
      {
        name: 'an events file that is not valid YAML',
        change: change(events, 'kind: consultation', 'kind: [consultation'),
        expected: [[/content\/data\/events\/events\.yaml:\d+: this is not valid YAML/]],
      },
      {
        name: 'a frontmatter that is not valid YAML',
        change: change('pages/lv/about.mdx', /description: .*/, 'description: Testa vietne: apraksts un avoti.'),
        expected: [['content/pages/lv/about.mdx:3: the frontmatter (between the `---` lines) is not valid YAML']],
      },
      {
        name: 'a page saved as .md',
        change: (c) => renameSync(join(c, 'pages/en/glossary.mdx'), join(c, 'pages/en/glossary.md')),
        expected: [['content/pages/en/glossary.md: the site reads only pages whose names end in .mdx', 'Rename it to glossary.mdx.']],
      },
      {
        name: 'a page saved in Windows-1257',
        change: (c) => {
          const page = join(c, 'pages/lv/glossary.mdx');
          writeFileSync(page, windows1257(readFileSync(page, 'utf-8')));
        },
        expected: [['content/pages/lv/glossary.mdx:2: this file is not saved as UTF-8']],
      },
    ],
  },
  {
    name: 'messages-assembling',
    cases: [
      {
        name: 'twins of different kinds',
        change: change('pages/en/about.mdx', 'kind: article', 'kind: about'),
        expected: [['content/pages/en/about.mdx: field "kind" is "about", but its Latvian twin']],
      },
      {
        name: 'a page the layout links to, deleted',
        change: remove(...both('glossary')),
        expected: [['content/pages/en/glossary.mdx are missing: the footer on every page']],
      },
      {
        name: 'the 404 pages deleted',
        change: remove(...both('404')),
        expected: [['content/pages/en/ has no page of `kind: not-found`']],
      },
      {
        name: 'an unknown institution, naming the folder in use',
        change: change(commitment, 'lead: [test-office]', 'lead: [nobody]'),
        expected: [['which is not in tests/.tmp/broken/messages-assembling/content/data/institutions/.']],
      },
      {
        name: 'an outdated translation, naming the language in English',
        change: change('pages/en/plans/index.mdx', 'updated: 2026-11-27', 'updated: 2026-10-01'),
        expected: [['content/pages/en/plans/index.mdx: field "updated" is 2026-10-01, but its Latvian twin']],
      },
    ],
  },
];

describe.each(builds)('a build with several mistakes ($name)', ({ name, cases: mistakes }) => {
  let result: RunResult;
  beforeAll(async () => {
    result = await buildBrokenCopy(name, (c) => {
      for (const mistake of mistakes) mistake.change(c);
    });
  }, 120_000);

  it('fails and lists all of them in one message, without stack trace or library noise', () => {
    expect(result.code).not.toBe(0);
    const count = /The content has (\d+) problem\(s\):/.exec(result.output);
    expect(Number(count?.[1])).toBeGreaterThanOrEqual(mistakes.length);
    expect(result.output).not.toMatch(/Stack trace:|Location:|\n\s+at \S+ \(|Caused by:/);
    expect(result.output).not.toMatch(NOISE);
    expect(result.output).not.toMatch(/\[WARN\]/);
  });

  it.each(mistakes)('and tells of $name', ({ expected }) => {
    for (const parts of expected)
      for (const part of parts)
        if (typeof part === 'string') expect(result.output).toContain(part);
        else expect(result.output).toMatch(part);
  });
});
