import { describe, expect, it } from 'vitest';
import { frontmatterLines } from '../../src/lib/frontmatter';
import { yamlLines } from '../../src/lib/yaml-positions';

const text = [
  '# a comment',
  'ogpId: LV0001',
  'title: { lv: A, en: B }',
  'lead: [test-office, other]',
  'irm:',
  '  starred: true',
  'list:',
  '  - a',
  '  - id: x',
  '    name: y',
  '',
].join('\n');

describe('YAML lines', () => {
  const lineOf = yamlLines(text);

  it('give the line of each key, inside flow maps and lists too', () => {
    expect(lineOf(['ogpId'])).toBe(2);
    expect(lineOf(['title', 'en'])).toBe(3);
    expect(lineOf(['lead', 1])).toBe(4);
    expect(lineOf(['irm', 'starred'])).toBe(6);
    expect(lineOf(['list', 1, 'name'])).toBe(10);
  });

  it('give the nearest enclosing line for a field that is missing', () => {
    expect(lineOf(['irm', 'ambition'])).toBe(5);
    expect(lineOf(['list', 1, 'missing'])).toBe(9);
    expect(lineOf(['nowhere'])).toBe(2);
  });

  it('give the first line for text that is not YAML', () => {
    expect(yamlLines('a: [b\n', 7)(['a'])).toBe(7);
  });

  it('count a frontmatter from its line in the file, after a byte order mark, blank lines and CRLF', () => {
    expect(frontmatterLines('---\ntitle: A\npath: a\n---\nText')(['path'])).toBe(3);
    expect(frontmatterLines('\uFEFF\r\n\r\n---\r\ntitle: A\r\npath: a\r\n---\r\n')(['path'])).toBe(
      5,
    );
  });
});
