import { splitFrontmatter } from './frontmatter';

// A year ("2022.") or a day and month ("20. janvārī") that Markdown would take for a list number.
const DATE_AT_START =
  /^(?<markers>(?:[ \t]*(?:[-*+>]|\d+[.)])[ \t]+)*)[ \t]*(?<number>\d{4}|\d{1,2})\.(?<rest>[ \t]+\S.*|[ \t]*)$/;
const MONTH =
  /^[ \t]*(janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr)/i;
const FENCE = /^[ \t]*(```|~~~)/;

/**
 * Finds the lines of an MDX page where a date opens a block, so that Markdown turns it into a
 * numbered list: "2022. gada 20. janvārī …" becomes a list starting at 2022 and shows as
 * "022. gada …" or a number drawn over a bullet. A date inside a paragraph is left alone, since
 * a list that does not start at 1 cannot interrupt one; code blocks are skipped.
 * @example checkDateLists('---\ntitle: A\n---\n\n2022. gada …', 'a.mdx') // ['a.mdx, line 5: "2022. gada …" …']
 */
export function checkDateLists(raw: string, file: string): string[] {
  const parts = splitFrontmatter(raw);
  const body = parts?.body ?? raw;
  // Lines before the body: the frontmatter and its two fences.
  const offset = raw.slice(0, raw.length - body.length).split(/\r?\n/).length - 1;
  const problems: string[] = [];
  let inCode = false;
  let previous = '';
  body.split(/\r?\n/).forEach((line, i) => {
    if (FENCE.test(line)) inCode = !inCode;
    const match = inCode ? null : DATE_AT_START.exec(line);
    const { markers = '', number = '', rest = '' } = match?.groups ?? {};
    const isDate = number.length === 4 || MONTH.test(rest);
    // After a list marker the date opens the item's first block; elsewhere only after a blank line or a heading.
    const opensBlock =
      markers.trim() !== '' || previous.trim() === '' || /^#{1,6}\s/.test(previous);
    if (match && isDate && opensBlock) {
      const text = `${number}.${rest}`.trim();
      const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      problems.push(
        `${file}, line ${offset + i + 1}: "${shown}" starts a line, so Markdown makes it a numbered list starting at ${Number(number)} (the page would show a list number, not the date). Put a backslash before the full stop: "${number}\\." keeps it as text.`,
      );
    }
    previous = line;
  });
  return problems;
}
