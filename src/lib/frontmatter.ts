import { load as parseYaml, YAMLException } from 'js-yaml';
import { yamlLines, type LineOf } from './yaml-positions';

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

/**
 * The line in the file of each field of an MDX file's frontmatter, counting the `---` line and anything above it.
 * @example frontmatterLines('---\ntitle: A\npath: a\n---\n')(['path']) // 3
 */
export function frontmatterLines(text: string): LineOf {
  const match = new RegExp(FRONTMATTER.source, 'd').exec(text);
  const [start] = match?.indices?.[1] ?? [0];
  const firstLine = text.slice(0, start).split('\n').length;
  return yamlLines(match?.[1] ?? '', firstLine);
}

/**
 * What is wrong with a frontmatter that is not YAML, with the line in the file where the YAML parser
 * stopped. `error` is what the MDX reader threw, said when js-yaml finds nothing wrong.
 */
export function frontmatterSyntaxProblem(text: string, file: string, error: unknown): string {
  try {
    parseYaml(splitFrontmatter(text)?.frontmatter ?? '');
  } catch (yamlError) {
    if (yamlError instanceof YAMLException && yamlError.mark) {
      const line = frontmatterLines(text)([]) + yamlError.mark.line;
      return `${file}:${line}: the frontmatter (between the \`---\` lines) is not valid YAML: ${yamlError.reason}. Check the indentation, colons and quotes on this line and the one before; put text with a colon in quotes.`;
    }
  }
  return `${file}: the frontmatter (between the \`---\` lines) cannot be read: ${(error as Error).message}`;
}
