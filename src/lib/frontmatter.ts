// A byte order mark, blank lines before the opening `---` and CRLF line ends are all accepted, as Astro's own parser does.
const FRONTMATTER =
  /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n((?:[\s\S]*?\r?\n)?)---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/**
 * Splits an MDX file into its YAML frontmatter and its body; undefined when it has no frontmatter.
 * @example splitFrontmatter('---\r\ntitle: A\r\n---\r\nText') // { frontmatter: 'title: A\r\n', body: 'Text' }
 */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}
