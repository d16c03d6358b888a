import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../helpers/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!DOCTYPE html>` in upper case; both are valid HTML.
    'doctype-style': 'off',
    // Void elements are written as Astro emits them (`<meta …>`); both styles are valid HTML.
    'void-style': 'off',
    // Whitespace between elements is kept on purpose (compressHTML: false) so search text does not run together.
    'no-trailing-whitespace': 'off',
    // Long official Latvian titles make long link texts; that is the content, not markup.
    'long-title': 'off',
  },
});

describe('the HTML of every built page', () => {
  it('has no validation errors', async () => {
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateString(readFileSync(join(DIST, file), 'utf-8'), file);
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
