import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrokenCopy, edit } from '../helpers/fixture-build';
import type { RunResult } from '../helpers/run';
import en from '../../src/i18n/ui/en.json';

// Each describe block is one real `astro build` of a copy of the fixture site.

describe('a page that carries code does not build', () => {
  let result: RunResult;
  beforeAll(async () => {
    result = await buildBrokenCopy('mdx-carries-code', (c) =>
      edit(join(c, 'pages/en/search.mdx'), (t) =>
        t.replace(
          /\n---\n/,
          [
            '\n---\n',
            "import { readFileSync } from 'node:fs'",
            '',
            "{readFileSync('/etc/passwd', 'utf-8')} {JSON.stringify(process.env)}",
            '',
            '<script>alert(1)</script>',
            '',
            '[click](javascript:alert(1))',
            '',
          ].join('\n'),
        ),
      ),
    );
  });

  it('when it imports node:fs to publish files and environment variables of the build machine', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/pages\/en\/search\.mdx: this page contains code or markup that pages may not have \(5 problems\)/);
    expect(result.output).toMatch(/pages\/en\/search\.mdx:10:1: `import \{ readFileSync \} from 'node:fs'`: a page cannot import code or files\. Remove the line/);
    expect(result.output).toMatch(/pages\/en\/search\.mdx:12:1: `\{readFileSync\('\/etc\/passwd', 'utf-8'\)\}` is code/);
    expect(result.output).toMatch(/pages\/en\/search\.mdx:12:\d+: `\{JSON\.stringify\(process\.env\)\}` is code/);
    expect(result.output).toMatch(/pages\/en\/search\.mdx:14:1: `<script>` is not allowed: a page cannot run scripts/);
    expect(result.output).toMatch(/pages\/en\/search\.mdx:16:1: The link "javascript:alert\(1\)" uses `javascript:`/);
    // Nothing of the build machine reached the output.
    const dist = 'tests/.tmp/broken/mdx-carries-code/dist';
    const files = existsSync(dist) ? readdirSync(dist, { recursive: true, encoding: 'utf-8' }) : [];
    const leaked = files.filter((f) => f.endsWith('.html') && /root:x:0:0|"PATH":/.test(readFileSync(join(dist, f), 'utf-8')));
    expect(leaked).toEqual([]);
  });
});

// Markup an editor pastes into YAML text fields, and what would break each output format if it were not escaped.
const HOSTILE = `<script>alert(1)</script> "><img src=x onerror=alert(1)> ]]> & Co`;
const ICS_BREAK = 'Anyone can comment.\nBEGIN:VEVENT\nSUMMARY:Injected\nEND:VEVENT';
const yaml = (text: string) => JSON.stringify(text);

describe('markup in YAML text fields is text in every output', () => {
  const dist = 'tests/.tmp/broken/hostile-yaml/dist';
  let result: RunResult;
  const read = (file: string) => readFileSync(join(dist, file), 'utf-8');

  beforeAll(async () => {
    result = await buildBrokenCopy('hostile-yaml', (c) => {
      edit(join(c, 'data/commitments/lv0001.yaml'), (t) => t.replace('en: Test commitment on participation', `en: ${yaml(HOSTILE)}`));
      edit(join(c, 'data/events/events.yaml'), (t) =>
        t.replace('en: Test consultation', `en: ${yaml(HOSTILE)}`).replace('en: Anyone can comment.', `en: ${yaml(ICS_BREAK)}`),
      );
      edit(join(c, 'data/changes/changes.yaml'), (t) =>
        t.replace('en: Site opened', `en: ${yaml(HOSTILE)}`).replace('en: The test site is published.', `en: ${yaml(`${HOSTILE}\n]]><injected/>`)}`),
      );
      edit(join(c, 'data/institutions/institutions.yaml'), (t) => t.replace('en: Test Office', `en: ${yaml(HOSTILE)}`));
      edit(join(c, 'data/sources/sources.yaml'), (t) => t.replace('title: Test source', `title: ${yaml(HOSTILE)}`));
      edit(join(c, 'data/plans/plan-1.yaml'), (t) => t.replace('en: First test plan', `en: ${yaml(HOSTILE)}`));
      // An allow-listed component, used without an import, next to a link with a title.
      edit(join(c, 'pages/en/index.mdx'), (t) => `${t}\nWho approved it: <Unknown />. See [the plans](page:plans/index "All plans").\n`);
    });
  });

  it('builds', () => {
    expect(result.output).not.toMatch(/error/i);
    expect(result.code).toBe(0);
  });

  it('in HTML: the text shows as written, and no element or attribute comes of it', () => {
    const $ = load(read('en/commitments/lv0001/index.html'));
    expect($('h1').text()).toBe(HOSTILE);
    expect($('title').text()).toContain(HOSTILE);
    expect($('meta[name="description"]').length).toBe(1);
    expect($('meta[property="og:title"]').attr('content')).toContain(HOSTILE);
    // Every page the text reaches shows it as text, and none gains an element or attribute from it.
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf-8' }).filter((f) => f.endsWith('.html'));
    const showing = pages.filter((file) => {
      const page = load(read(file));
      expect(page('[onerror]').length, file).toBe(0);
      expect(page('script:not([src]):not([type="application/ld+json"])').length, file).toBe(0);
      return page('body').text().includes(HOSTILE);
    });
    // The commitment, its plan, institution, source and event, on their pages and the lists.
    expect(showing.length).toBeGreaterThanOrEqual(8);
  });

  it('in JSON-LD: each block parses, holds the text as written, and cannot close its <script>', () => {
    const $ = load(read('en/commitments/lv0001/index.html'));
    const blocks = $('script[type="application/ld+json"]').toArray().map((s) => $(s).text());
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block).not.toContain('</script');
    expect(blocks.map((b) => JSON.stringify(JSON.parse(b))).join('')).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it('in RSS: the feed parses and the item title and description are the text as written', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(read('en/rss.xml')) as {
      rss: { channel: { item: { title: string; description: string } | { title: string; description: string }[] } };
    };
    const items = [feed.rss.channel.item].flat();
    expect(items.map((i) => i.title)).toContain(HOSTILE);
    expect(items.map((i) => i.description)).toContain(`${HOSTILE}\n]]><injected/>`);
  });

  it('in iCalendar: a newline with BEGIN:VEVENT in a summary adds no event', () => {
    const calendar = ICAL.Component.fromString(read('en/calendar.ics'));
    const events = calendar.getAllSubcomponents('vevent');
    const fixtureEvents = readFileSync('tests/fixtures/content/data/events/events.yaml', 'utf-8').match(/^- id:/gm)!.length;
    expect(events.length).toBe(fixtureEvents);
    const hostile = events.find((e) => e.getFirstPropertyValue('summary') === HOSTILE);
    expect(hostile?.getFirstPropertyValue('description')).toBe(ICS_BREAK);
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).not.toContain('Injected');
  });

  it('in CSV: the cell is the text as written, in its own column', () => {
    const rows = parseCsv<Record<string, string>>(read('data/commitments.csv'), { columns: true, bom: true });
    expect(rows.find((r) => r.id === 'lv0001')?.title_en).toBe(HOSTILE);
  });

  it('in JSON: every data file parses and holds the text as written', () => {
    const values = (file: string) => JSON.stringify(JSON.parse(read(`data/${file}`)));
    for (const file of ['commitments.json', 'institutions.json', 'plans.json', 'sources.json'])
      expect(values(file), file).toContain(JSON.stringify(HOSTILE));
    expect(JSON.stringify(JSON.parse(read('en/search.json')))).toContain(JSON.stringify(HOSTILE));
  });

  it('renders the allow-listed <Unknown /> in a page, and the titled page: link', () => {
    const $ = load(read('en/index.html'));
    expect($('.prose .unknown').text()).toBe(en['value.unknown']);
    expect($('.prose a[title="All plans"]').attr('href')).toBe('/en/plans/');
  });
});
