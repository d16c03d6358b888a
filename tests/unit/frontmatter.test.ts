import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter';

describe('the frontmatter splitter', () => {
  it('splits a file into frontmatter and body', () => {
    expect(
      splitFrontmatter('---\ntitle: A\nupdated: 2026-11-27\n---\n\nText [a](page:index)\n'),
    ).toEqual({
      frontmatter: 'title: A\nupdated: 2026-11-27\n',
      body: '\nText [a](page:index)\n',
    });
  });

  it('accepts CRLF line ends and a byte order mark', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nText')).toEqual({
      frontmatter: 'title: A\r\n',
      body: 'Text',
    });
  });

  it('accepts blank lines before it, an empty one, and a file that ends after it', () => {
    expect(splitFrontmatter('\n\n---\ntitle: A\n---')).toEqual({
      frontmatter: 'title: A\n',
      body: '',
    });
    expect(splitFrontmatter('---\n---\nText')).toEqual({ frontmatter: '', body: 'Text' });
  });

  it('ends the frontmatter at the first line that is only ---', () => {
    expect(splitFrontmatter('---\na: "---x"\n----\nb: 1\n---\nText')?.frontmatter).toBe(
      'a: "---x"\n----\nb: 1\n',
    );
  });

  it('finds none in a file that does not start with ---', () => {
    expect(splitFrontmatter('Text\n---\ntitle: A\n---\n')).toBeUndefined();
    expect(splitFrontmatter('---\ntitle: A\n')).toBeUndefined();
  });
});
