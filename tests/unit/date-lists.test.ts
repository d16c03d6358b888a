import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDateLists } from '../../src/lib/date-lists';

const page = (body: string) => `---\ntitle: A\n---\n${body}`;

describe('dates that Markdown would turn into numbered lists', () => {
  it('names the file and line of a year that opens a paragraph, and says to escape it', () => {
    const [problem, ...rest] = checkDateLists(
      page('Ievads.\n\n2022. gada 20. janvārī Saeima pieņēma likumu.'),
      'content/pages/lv/a.mdx',
    );
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/pages\/lv\/a\.mdx, line 6: "2022\. gada 20\. janvārī/);
    expect(problem).toContain('"2022\\."');
  });

  it('finds a year that opens a bullet, and a day and month after a heading', () => {
    const problems = checkDateLists(
      page('- 2016. gada augustā 70 valstis.\n- Cits.\n\n## Vēsture\n20. janvārī pieņemts.'),
      'b.mdx',
    );
    expect(problems.map((p) => /line (\d+)/.exec(p)?.[1])).toEqual(['4', '8']);
  });

  it('leaves a year inside a paragraph, an escaped year, a real list and code alone', () => {
    expect(
      checkDateLists(
        page(
          'Plāns apstiprināts\n2022. gada 10. februārī.\n\n2022\\. gada rudenī.\n\n1. Pirmais\n2. Otrais\n\n```\n2022. gada\n```',
        ),
        'c.mdx',
      ),
    ).toEqual([]);
  });

  it('finds none in the site’s own pages', () => {
    const root = 'content/pages';
    const problems = readdirSync(root, { recursive: true, encoding: 'utf-8' })
      .filter((file) => file.endsWith('.mdx'))
      .flatMap((file) => checkDateLists(readFileSync(join(root, file), 'utf-8'), file));
    expect(problems).toEqual([]);
  });
});
