import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';

/** A path into parsed YAML, as a schema reports it: keys of mappings and indexes of lists. */
export type YamlPath = readonly PropertyKey[];

/** The line (from 1) where the value at a path is written, or the nearest enclosing one when it is missing. */
export type LineOf = (path: YamlPath) => number;

interface Open {
  /** Where the collection sits in the document. */
  path: PropertyKey[];
  kind: 'mapping' | 'sequence';
  /** The next item's index (lists) or the key whose value comes next (mappings). */
  index: number;
  key: string | undefined;
}

/**
 * Where each key and value of a YAML text is written, from js-yaml's own event stream, which
 * carries source offsets. A key's line is the line of the key (`lead:`), a list item's the line of
 * the item. `firstLine` is the line of the text's first line in its file, e.g. below a frontmatter's `---`.
 * @example yamlLines('a: 1\nb:\n  - x\n')(['b', 0]) // 3
 */
export function yamlLines(text: string, firstLine = 1): LineOf {
  const offsets = new Map<string, number>();
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + firstLine;
  };
  let events: Event[] = [];
  try {
    events = parseEvents(text, {});
  } catch {
    // Text that is not YAML has no positions; its parse error names its own line.
  }
  const stack: Open[] = [];
  const place = (path: PropertyKey[], offset: number) => {
    const id = pathId(path);
    if (offset >= 0 && !offsets.has(id)) offsets.set(id, offset);
  };
  // The path of the value an event opens or is, and whether the event is a mapping's key.
  const next = (offset: number): { path: PropertyKey[]; isKey: boolean } => {
    const parent = stack.at(-1);
    if (!parent) return { path: [], isKey: false };
    if (parent.kind === 'sequence') return { path: [...parent.path, parent.index++], isKey: false };
    if (parent.key === undefined) return { path: parent.path, isKey: true };
    const path = [...parent.path, parent.key];
    parent.key = undefined;
    place(path, offset);
    return { path, isKey: false };
  };
  for (const event of events) {
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const { path } = next(event.start);
      place(path, event.start);
      stack.push({
        path,
        kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
        index: 0,
        key: undefined,
      });
    } else if (event.type === EVENT_ID.SCALAR) {
      const { path, isKey } = next(event.valueStart);
      if (isKey) {
        const key = getScalarValue(text, event);
        stack.at(-1)!.key = key;
        place([...path, key], event.valueStart);
      } else place(path, event.valueStart);
    } else if (event.type === EVENT_ID.ALIAS) {
      next(event.anchorStart);
    } else if (event.type === EVENT_ID.POP) {
      stack.pop();
    }
  }
  return (path) => {
    for (let length = path.length; length >= 0; length--) {
      const offset = offsets.get(pathId(path.slice(0, length)));
      if (offset !== undefined) return lineAt(offset);
    }
    return firstLine;
  };
}

const pathId = (path: YamlPath) => JSON.stringify(path.map(String));
