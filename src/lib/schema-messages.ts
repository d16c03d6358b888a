import type { z } from 'astro/zod';
import { fieldHints, type FieldHint } from '../schemas/hints';
import { localeCodes } from '../i18n/locales';
import type { LineOf, YamlPath } from './yaml-positions';

/** The parts of a zod 4 schema's definition that messages read. */
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  valueType?: Schema;
  checks?: { _zod: { def: { format?: string } } }[];
}
type Schema = z.ZodType;
const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

/** A schema's own message, or this mark where the schema has none and the message is made here. */
const NO_MESSAGE = '\u0000no-message';

/** A zod issue as the messages read it: every variant's fields, each optional. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  errors?: Issue[][];
}

/** The outcome of checking one record: its data, or one message per problem. */
export type Checked<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/**
 * Checks a record against its schema and, where it fails, says in plain words what is wrong with
 * each field: the file, the line (from `lineOf`), the field and what to write there. Messages the
 * schemas carry are kept; zod's own ("Invalid input", "Unrecognized key") are replaced.
 * @example checkRecord(planSchema, { number: 'two' }, 'content/data/plans/plan-2.yaml', lineOf)
 *   // { ok: false, problems: ['content/data/plans/plan-2.yaml:3: field "number" must be a whole number, e.g. … ] }
 */
export function checkRecord<S extends Schema>(
  schema: S,
  data: unknown,
  file: string,
  lineOf: LineOf,
): Checked<z.output<S>> {
  const result = schema.safeParse(data, { error: () => NO_MESSAGE, reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const explained = (result.error.issues as unknown as Issue[]).flatMap((issue) =>
    explain(schema, issue, []),
  );
  // A misspelt field is also a missing one: say it once, where the misspelling is.
  const meant = new Set(explained.flatMap((e) => (e.meant ? [pathKey(e.meant)] : [])));
  const problems = explained.filter((e) => !(e.missing && meant.has(pathKey(e.path))));
  return {
    ok: false,
    problems: [...new Set(problems.map(({ path, text }) => `${file}:${lineOf(path)}: ${text}`))],
  };
}

interface Explained {
  path: YamlPath;
  text: string;
  /** Set when the field is missing. */
  missing?: boolean;
  /** For a field the record cannot have: the field it is probably a misspelling of. */
  meant?: YamlPath;
}

const pathKey = (path: YamlPath) => JSON.stringify(path.map(String));

function explain(root: Schema, issue: Issue, prefix: PropertyKey[]): Explained[] {
  const path = [...prefix, ...issue.path];
  const field = fieldName(path);
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(defOf(unwrap(at(root, path) ?? root)).shape ?? {});
    return (issue.keys ?? []).map((key) => {
      const near = known.find((k) => distance(k, key) <= 2);
      const where = path.length > 0 ? ` in ${fieldName(path)}` : '';
      return {
        path: [...path, key],
        ...(near ? { meant: [...path, near] } : {}),
        text:
          `field "${key}"${where} is not one this record can have. ` +
          (near ? `Did you mean \`${near}\`? ` : 'Check its spelling or remove it. ') +
          `The fields are: ${known.join(', ')}.`,
      };
    });
  }
  if (issue.message !== NO_MESSAGE) return [{ path, text: `${field}: ${issue.message}` }];
  const schema = at(root, path);
  const hint = schema ? hintOf(schema) : undefined;
  const expected = hint?.expected ?? (schema ? describe(schema) : 'something else');
  const key = lastKey(path);
  const example = hint && key ? `, e.g. \`${key}: ${hint.example}\`` : '';
  if (
    issue.input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_union')
  ) {
    const add = key ? `Add \`${key}:\` with ${expected}` : `Add ${expected}`;
    return [{ path, missing: true, text: `${field} is missing. ${add}${example}.` }];
  }
  switch (issue.code) {
    case 'invalid_union': {
      // A value of the right type with a mistake in it (a bad item, a number too small, a date that does
      // not exist): report the mistake, not the list of types the field can have.
      const wrongType = (i: Issue) =>
        i.path.length === 0 && ['invalid_type', 'invalid_value', 'invalid_union'].includes(i.code);
      const deeper = (issue.errors ?? []).find(
        (branch) => branch.length > 0 && !branch.some(wrongType),
      );
      if (deeper) return deeper.flatMap((inner) => explain(root, inner, path));
      return [
        { path, text: `${field} must be ${expected}${example}; it is ${shown(issue.input)}.` },
      ];
    }
    case 'invalid_type':
      return [
        { path, text: `${field} must be ${expected}${example}; it is ${shown(issue.input)}.` },
      ];
    case 'invalid_value':
      return [{ path, text: `${field} must be ${expected}; it is ${shown(issue.input)}.` }];
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const least = issue.code === 'too_small' ? 'at least' : 'at most';
      if (issue.origin === 'string' && issue.code === 'too_small' && limit === 1)
        return [{ path, text: `${field} is empty: write it in.` }];
      const plural = limit === 1 ? '' : 's';
      const unit =
        issue.origin === 'string'
          ? ` character${plural} long`
          : issue.origin === 'array'
            ? ` item${plural}`
            : '';
      const list =
        issue.origin === 'array'
          ? `${field} must list ${least} ${limit}${unit}${example}`
          : `${field} must be ${least} ${limit}${unit}`;
      return [{ path, text: `${list}.` }];
    }
    default:
      return [
        { path, text: `${field} must be ${expected}${example}; it is ${shown(issue.input)}.` },
      ];
  }
}

/** `field "lead"`, `field "title.en"`, `item 2 of field "lead"`. */
function fieldName(path: YamlPath): string {
  const last = path.at(-1);
  if (typeof last === 'number') {
    const rest = path.slice(0, -1);
    return `item ${last + 1} of ${rest.length > 0 ? fieldName(rest) : 'the list'}`;
  }
  return `field "${path.map(String).join('.')}"`;
}

function lastKey(path: YamlPath): string | undefined {
  const key = path.at(-1);
  return typeof key === 'string' ? key : undefined;
}

/** The schema of the value at `path`, through defaults, optionals and unions; undefined when there is none. */
function at(schema: Schema, path: YamlPath): Schema | undefined {
  if (path.length === 0) return schema;
  const [head, ...rest] = path;
  const def = defOf(unwrap(schema));
  if (def.type === 'union') {
    for (const option of def.options ?? []) {
      const found = at(option, path);
      if (found) return found;
    }
    return undefined;
  }
  if (def.type === 'object' && typeof head === 'string' && def.shape && head in def.shape)
    return at(def.shape[head]!, rest);
  if (def.type === 'array' && typeof head === 'number' && def.element) return at(def.element, rest);
  if (def.type === 'record' && def.valueType) return at(def.valueType, rest);
  return undefined;
}

/** The schema inside defaults, optionals, preprocessing and the like. */
function unwrap(schema: Schema): Schema {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.out && def.in)
    return unwrap(defOf(def.in).type === 'transform' ? def.out : def.in);
  return schema;
}

/** The hint registered on the field's schema or on anything it wraps. */
function hintOf(schema: Schema): FieldHint | undefined {
  for (let s: Schema | undefined = schema; s;) {
    const hint = fieldHints.get(s);
    if (hint) return hint;
    const def = defOf(s);
    s = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
  }
  return undefined;
}

/** What a schema accepts, as a noun phrase: `a whole number`, `one of \`a\`, \`b\``, `\`unknown\` or a list`. */
function describe(schema: Schema): string {
  const hint = hintOf(schema);
  if (hint) return hint.expected;
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return 'text';
    case 'number':
      return (def.checks ?? []).some((c) => c._zod.def.format?.includes('int'))
        ? 'a whole number'
        : 'a number';
    case 'boolean':
      return '`true` or `false`';
    case 'literal':
      return (def.values ?? []).map((v) => `\`${String(v)}\``).join(' or ');
    case 'enum': {
      const values = Object.values(def.entries ?? {}).map((v) => `\`${v}\``);
      return values.length === 1 ? values[0]! : `one of ${values.join(', ')}`;
    }
    case 'array':
      return 'a list in square brackets, e.g. `[a, b]`';
    case 'object': {
      const keys = Object.keys(def.shape ?? {});
      if (keys.length === localeCodes.length && localeCodes.every((l) => keys.includes(l)))
        return `text in each language, e.g. \`{ ${localeCodes.map((l) => `${l}: …`).join(', ')} }\``;
      return `a group of fields (${keys.map((k) => `\`${k}:\``).join(', ')})`;
    }
    case 'union':
      return (def.options ?? []).map(describe).join(' or ');
    default:
      return 'a value of another kind';
  }
}

/** A value as the editor wrote it, with what YAML made of it. */
function shown(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value}"`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `\`${value}\``;
  return 'a group of fields';
}

/** Edit distance, for "did you mean": a misspelt field is usually one or two keystrokes off. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length]!;
}
