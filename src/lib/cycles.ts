/**
 * The cycles of a directed graph, each once, as its nodes in order from the smallest one, e.g.
 * `[['a', 'b']]` for a → b → a; a node that points at itself is a cycle of one. Every part of the
 * graph that goes round yields at least one cycle. `next` gives the nodes a node points at.
 * @example findCycles(['a', 'b', 'c'], (n) => ({ a: ['b'], b: ['a'], c: ['a'] })[n]!) // [['a', 'b']]
 */
export function findCycles(
  nodes: Iterable<string>,
  next: (node: string) => readonly string[],
): string[][] {
  const done = new Set<string>();
  const onPath = new Map<string, number>();
  const path: string[] = [];
  const found = new Map<string, string[]>();
  const visit = (node: string) => {
    onPath.set(node, path.length);
    path.push(node);
    for (const target of next(node)) {
      const at = onPath.get(target);
      if (at !== undefined) {
        const cycle = fromSmallest(path.slice(at));
        found.set(cycle.join('\n'), cycle);
      } else if (!done.has(target)) visit(target);
    }
    path.pop();
    onPath.delete(node);
    done.add(node);
  };
  for (const node of nodes) if (!done.has(node)) visit(node);
  return [...found.values()].sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The same cycle, turned to start at its smallest node, so each cycle has one form. */
function fromSmallest(cycle: string[]): string[] {
  const start = cycle.indexOf([...cycle].sort((a, b) => a.localeCompare(b))[0]!);
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}

/** `about → glossary → about`: a cycle written out, back to where it starts. */
export const spelledOut = (cycle: readonly string[]): string => [...cycle, cycle[0]].join(' → ');
