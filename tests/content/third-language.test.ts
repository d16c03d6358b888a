import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../src/i18n/locales';
import { page } from '../helpers/dist';
import { buildBrokenProject, edit } from '../helpers/fixture-build';
import type { RunResult } from '../helpers/run';
import { describeBuiltSite } from '../helpers/site-checks';

// A made-up language, added the way a new language would be: an entry in locales.ts, a UI
// dictionary and content. Nothing else in the code may need to change.
const PSEUDO = { code: 'xa', lang: 'en-XA', mark: '[xa]' };
const NAME = 'third-language';
const ROOT = join('tests/.tmp/broken-project', NAME);

const pseudo = (text: string) => `${PSEUDO.mark} ${text}`;

function addPseudoLanguage(project: string): void {
  edit(join(project, 'src/i18n/locales.ts'), (text) =>
    text.replace(
      /\n\} as const;/,
      `\n  ${PSEUDO.code}: { lang: '${PSEUDO.lang}', name: 'Pseudo', dir: 'ltr', ogLocale: 'en_XA', intl: 'en', monthYear: '{month} {year}', stemQueries: false },\n} as const;`,
    ),
  );
  const english = JSON.parse(readFileSync(join(project, 'src/i18n/ui/en.json'), 'utf-8')) as Record<
    string,
    string
  >;
  writeFileSync(
    join(project, `src/i18n/ui/${PSEUDO.code}.json`),
    JSON.stringify(
      Object.fromEntries(Object.entries(english).map(([key, value]) => [key, pseudo(value)])),
      null,
      2,
    ),
  );
  const content = join(project, 'content');
  cpSync(join(content, 'pages/en'), join(content, `pages/${PSEUDO.code}`), { recursive: true });
  // Every text in every language: `{ lv: …, en: … }` gains the pseudo language's text.
  for (const file of readdirSync(join(content, 'data'), { recursive: true, encoding: 'utf-8' }))
    if (file.endsWith('.yaml'))
      edit(join(content, 'data', file), (text) =>
        text.replace(
          /, en: ([^}]*?) \}/g,
          (_, en: string) => `, en: ${en}, ${PSEUDO.code}: "${pseudo(en)}" }`,
        ),
      );
}

let build: RunResult | undefined;
beforeAll(async () => {
  build = await buildBrokenProject(NAME, addPseudoLanguage);
}, 300_000);

describe('a third language added only through locales.ts, a dictionary and content', () => {
  it('builds', () => {
    expect(build?.output.slice(-3000)).not.toMatch(/error/i);
    expect(build?.code).toBe(0);
  });

  it('shows its own UI strings and content, and links to and from the other languages', () => {
    const $ = page(`${PSEUDO.code}/index.html`, join(ROOT, 'dist'));
    expect($('html').attr('lang')).toBe(PSEUDO.lang);
    expect($('header').text()).toContain(PSEUDO.mark);
    const other = page(`${localeCodes[0] ?? ''}/index.html`, join(ROOT, 'dist'));
    expect(other(`link[rel="alternate"][hreflang="${PSEUDO.lang}"]`).length).toBe(1);
  });
});

describeBuiltSite('the site built with a third language', () => ({
  root: join(ROOT, 'dist'),
  locales: [
    ...localeCodes.map((code) => ({ code, lang: locales[code].lang })),
    { code: PSEUDO.code, lang: PSEUDO.lang },
  ],
  minPagesPerLanguage: 5,
  minEvents: 1,
}));
