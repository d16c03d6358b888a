import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrokenCopy, edit } from '../helpers/fixture-build';

describe('a page that carries code does not build', () => {
  it('when a page imports node:fs to publish files of the build machine', async () => {
    const result = await buildBrokenCopy('mdx-imports-fs', (c) =>
      edit(join(c, 'pages/en/search.mdx'), (t) => t.replace(/\n---\n/, "\n---\n\nimport { readFileSync } from 'node:fs'\n\n{readFileSync('/etc/passwd', 'utf-8')}\n")),
    );
    console.log(result.output.slice(-3000));
    expect(result.code).not.toBe(0);
  });
});
