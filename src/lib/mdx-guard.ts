import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  MdastPluginDefinition,
  MdastPluginEntry,
  MdxJsxFlowElement,
  MdxJsxTextElement,
  PluginFactoryContext,
  Position,
} from 'satteri';
import { MDX_COMPONENTS } from './mdx-components';

/**
 * Content cannot carry code. An mdast plugin for the MDX compiler (Sätteri, Astro's Markdown processor) that lets
 * a page use Markdown, the site's link forms and the components in `src/lib/mdx-components.ts`, and refuses
 * the rest: `import`/`export`, `{…}` expressions, any other element, event-handler attributes, and
 * `javascript:`, `vbscript:` and `data:` addresses. It collects every problem of a file, then stops the build
 * with all of them, each with its file, line and column and what to do instead.
 */

/** The components a page may use, and the attributes each accepts. */
type Allowed = Readonly<Record<string, readonly string[]>>;

/** Elements that embed code, styles, other pages or forms, with why a page cannot have them. */
const FORBIDDEN: Readonly<Record<string, string>> = {
  script: 'a page cannot run scripts. Remove it.',
  style: "the site's stylesheet styles every page. Remove it; Markdown needs no styling.",
  iframe:
    'a page cannot embed other pages, and the site loads nothing from other hosts. Remove it and link to the address instead: [text](https://…).',
  object:
    'a page cannot embed files or plugins. Remove it and link to the file instead: [text](https://…).',
  embed:
    'a page cannot embed files or plugins. Remove it and link to the file instead: [text](https://…).',
  form: "a page cannot send data anywhere. Remove it and link to the form's page instead: [text](https://…).",
};

/** URL schemes that run code or hide content in the address itself. */
const DANGEROUS_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

const LINK_FORMS =
  'Link to a web address ([text](https://…)), an e-mail address ([text](mailto:…)) or a page of the site ([text](page:about)).';

/** The scheme of a URL as a browser reads it: it drops spaces and control characters around it, and tabs and newlines inside. */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers strip exactly these characters from addresses.
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Character references in a JSX attribute's text (`&#106;`, `&#x6A;`, `&amp;`…), decoded as far as a scheme check needs. */
function decodeReferences(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&amp;/gi, '&');
}

/** A value shortened for a message, on one line. */
function quote(value: string, max = 60): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** What to say about an element that is not on the allow-list. */
function elementProblem(name: string | null, allowed: Allowed): string {
  const tag = name === null ? '<>' : `<${name}>`;
  const forbidden = name === null ? undefined : FORBIDDEN[name.toLowerCase()];
  if (forbidden) return `\`${tag}\` is not allowed: ${forbidden}`;
  if (name?.toLowerCase() === 'a')
    return `\`<a>\` is not allowed: write the link in Markdown instead. ${LINK_FORMS}`;
  const components = Object.keys(allowed).map((component) => `<${component} />`);
  return `\`${tag}\` is not an element a page may use. Write Markdown instead${
    components.length > 0 ? `, or use one of the site's components: ${components.join(', ')}` : ''
  }.`;
}

/** The problem with an address, if it uses a scheme that can run code. */
function urlProblem(what: string, url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || !DANGEROUS_SCHEMES.has(scheme)) return undefined;
  return `${what} "${quote(url)}" uses \`${scheme}:\`, which can run code or hide content. ${LINK_FORMS}`;
}

/** Every problem with one element's attributes. */
function attributeProblems(
  element: MdxJsxFlowElement | MdxJsxTextElement,
  accepted: readonly string[] | undefined,
): string[] {
  const tag = element.name === null ? '<>' : `<${element.name}>`;
  const problems: string[] = [];
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(
        `\`{${quote(attribute.value, 40)}}\` on \`${tag}\` is code (a JavaScript expression), which a page cannot contain. Remove it.`,
      );
      continue;
    }
    const { name, value } = attribute;
    if (/^on/i.test(name)) {
      problems.push(
        `\`${name}\` on \`${tag}\` is an event handler, which runs code. Remove the attribute.`,
      );
      continue;
    }
    if (typeof value === 'object' && value !== null) {
      problems.push(
        `\`${name}={${quote(value.value, 40)}}\` on \`${tag}\` is code (a JavaScript expression). Write the value as text in quotes: ${name}="…".`,
      );
      continue;
    }
    const dangerous =
      typeof value === 'string' &&
      urlProblem(`the address in \`${name}\``, decodeReferences(value));
    if (dangerous) problems.push(`${dangerous.slice(0, 1).toUpperCase()}${dangerous.slice(1)}`);
    else if (accepted && !accepted.includes(name))
      problems.push(
        `\`${tag}\` has no attribute \`${name}\`. ${
          accepted.length > 0
            ? `It takes only ${accepted.map((a) => `\`${a}\``).join(', ')}.`
            : 'It takes none: remove it.'
        }`,
      );
  }
  return problems;
}

/** One problem, placed in the file. */
interface Problem {
  line: number;
  column: number;
  message: string;
}

/** The file a compile is for, relative to the working directory as the build's other messages name files. */
function fileOf(context: PluginFactoryContext): string {
  if (!context.fileURL) return 'an MDX file';
  return relative(process.cwd(), fileURLToPath(context.fileURL)).replaceAll('\\', '/');
}

/** All problems of a file in one message, one line each, in the order they appear. */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  const lines = [...problems]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map(({ line, column, message }) => `${file}:${line}:${column}: ${message}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `${file}: this page contains code or markup that pages may not have (${count}). Fix each line below.`,
    ...lines,
  ].join('\n');
}

/** The guard for one file: a fresh list of problems per compile. */
function guardFor(context: PluginFactoryContext, allowed: Allowed): MdastPluginDefinition {
  const problems: Problem[] = [];
  const add = (position: Position | undefined, message: string, lineOffset = 0): void => {
    problems.push({
      line: (position?.start.line ?? 0) + lineOffset,
      column: lineOffset === 0 ? (position?.start.column ?? 0) : 1,
      message,
    });
  };
  // Visitors return nothing: a returned value would replace the node.
  const element = (node: MdxJsxFlowElement | MdxJsxTextElement): void => {
    const accepted = node.name === null ? undefined : allowed[node.name];
    if (!accepted) add(node.position, elementProblem(node.name, allowed));
    for (const message of attributeProblems(node, accepted)) add(node.position, message);
  };
  const expression = (node: { value: string; position?: Position | undefined }): void => {
    add(
      node.position,
      `\`{${quote(node.value, 40)}}\` is code (a JavaScript expression), which a page cannot contain. Remove it; to show a curly brace as text, write \\{ or \\}.`,
    );
  };
  const address = (what: string, node: { url: string; position?: Position | undefined }): void => {
    const problem = urlProblem(what, node.url);
    if (problem) add(node.position, `${problem.slice(0, 1).toUpperCase()}${problem.slice(1)}`);
  };
  return {
    name: 'ogp-mdx-guard',
    options: { position: true },
    mdxjsEsm(node) {
      // One node holds every adjacent import/export line; report each statement on its own line.
      const before = problems.length;
      node.value.split('\n').forEach((text, index) => {
        const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
        if (keyword === 'import')
          add(
            node.position,
            `\`${quote(text)}\`: a page cannot import code or files. Remove the line; the site's components work without an import.`,
            index,
          );
        else if (keyword === 'export')
          add(
            node.position,
            `\`${quote(text)}\`: a page cannot define code. Remove the line; page settings belong in the frontmatter between the --- lines.`,
            index,
          );
      });
      if (problems.length === before)
        add(
          node.position,
          `\`${quote(node.value)}\` is code, which a page cannot contain. Remove it.`,
        );
    },
    mdxFlowExpression: expression,
    mdxTextExpression: expression,
    mdxJsxFlowElement: element,
    mdxJsxTextElement: element,
    html(node) {
      add(
        node.position,
        `raw HTML \`${quote(node.value, 40)}\` is not allowed. Write Markdown instead.`,
      );
    },
    link(node) {
      address('The link', node);
    },
    image(node) {
      address('The image', node);
    },
    definition(node) {
      address(`The link reference [${node.label ?? node.identifier}]`, node);
    },
    after() {
      if (problems.length === 0) return;
      // The MDX integration reads `line` and `column` for the error's location: the first problem's.
      const [first] = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
      throw Object.assign(new Error(formatProblems(fileOf(context), problems)), {
        line: first?.line,
        column: first?.column,
      });
    },
  };
}

/** The guard as an entry of `mdastPlugins`, for `satteri({ mdastPlugins })` in astro.config.mjs. */
export function mdxGuard(allowed: Allowed = MDX_COMPONENTS): MdastPluginEntry {
  return (context: PluginFactoryContext) => guardFor(context, allowed);
}
