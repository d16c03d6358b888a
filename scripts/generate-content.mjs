// @ts-check
// Makes a larger copy of the content for build benchmarks: the real content plus N generated
// page pairs per language, built from sentences of the real pages so text length is realistic.
// Usage: node scripts/generate-content.mjs N OUT_DIR
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [count = '50', out = 'bench-results/generated'] = process.argv.slice(2);
const n = Number(count);
rmSync(out, { recursive: true, force: true });
cpSync('content', out, { recursive: true });

/** Sentences of the real pages of one language, frontmatter and links removed. */
const sentences = (/** @type {string} */ lang) =>
  readdirSync(join('content/pages', lang), { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) =>
      readFileSync(join('content/pages', lang, f), 'utf-8')
        .replace(/^---[\s\S]*?---/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[#*_>|`{}<]/g, '')
        .split(/(?<=\.)\s+/),
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 40);

for (const lang of ['lv', 'en']) {
  const pool = sentences(lang);
  const dir = join(out, 'pages', lang, 'generated');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const body = Array.from({ length: 4 }, (_, p) =>
      Array.from({ length: 5 }, (_, s) => pool[(i * 20 + p * 5 + s) % pool.length]).join(' '),
    ).join('\n\n');
    writeFileSync(
      join(dir, `page-${i}.mdx`),
      `---\ntitle: ${lang === 'lv' ? 'Ģenerēta lapa' : 'Generated page'} ${i}\ndescription: ${lang === 'lv' ? 'Ģenerēta lapa būvēšanas ātruma mērīšanai' : 'A generated page for measuring build speed'} (${i}).\npath: ${lang === 'lv' ? 'generets' : 'generated'}/${i}\nupdated: 2026-11-27\nsources: [S0]\n---\n\n## ${lang === 'lv' ? 'Sadaļa' : 'Section'}\n\n${body}\n`,
    );
  }
}
console.log(`Wrote ${out}/ with ${n} generated pages per language.`);
