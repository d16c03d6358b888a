import type { CommitmentData } from '../schemas/commitment';
import { UNKNOWN } from '../schemas/fields';
import type { PlanData, StatedFigure } from '../schemas/plan';
import type { statedFigureKinds } from '../schemas/vocabulary';

type Kind = (typeof statedFigureKinds)[number];

/** What the per-commitment data add up to for one plan-level figure. */
export interface FigureSum {
  /** Commitments in the data that have the property. */
  count: number;
  /** False where a commitment's value is unknown or commitments are missing: the count is then a lower bound. */
  complete: boolean;
}

/**
 * For each kind of figure: whether a commitment counts (true), does not (false) or is not known (undefined).
 * Kinds with no per-commitment field (e.g. transformative potential) are left out.
 */
const counts: Partial<Record<Kind, (c: CommitmentData) => boolean | undefined>> = {
  // The IRM reports "completed" for commitments substantially or fully completed.
  completed: (c) =>
    c.completion.level === UNKNOWN
      ? undefined
      : c.completion.level === 'substantial' || c.completion.level === 'complete',
  starred: (c) => (c.irm.starred === UNKNOWN ? undefined : c.irm.starred),
  'major-or-outstanding': (c) =>
    c.irm.diog === UNKNOWN ? undefined : c.irm.diog === 'major' || c.irm.diog === 'outstanding',
  outstanding: (c) => (c.irm.diog === UNKNOWN ? undefined : c.irm.diog === 'outstanding'),
  relevant: (c) => (c.irm.relevance === UNKNOWN ? undefined : c.irm.relevance === 'relevant'),
  promising: (c) => (c.irm.promising === UNKNOWN ? undefined : c.irm.promising),
};

/**
 * What a plan's commitments in the data add up to for a figure of `kind`, or undefined where the
 * data have no such field. Never the plan's own figure: an incomplete sum says so.
 * @example sumFigure('starred', plan, items) // { count: 3, complete: true }
 */
export function sumFigure(
  kind: Kind,
  plan: PlanData,
  items: readonly CommitmentData[],
): FigureSum | undefined {
  const test = counts[kind];
  if (!test) return undefined;
  const values = items.map(test);
  const count = values.filter((v) => v === true).length;
  const allCommitments = plan.commitmentCount !== UNKNOWN && items.length >= plan.commitmentCount;
  // Where the IRM's own count for the whole plan equals the known ones, the rest are known not to count.
  const stated = statedFigure(plan, kind);
  const closedByStated =
    stated !== undefined &&
    (stated.of === undefined || stated.of === plan.commitmentCount) &&
    stated.count === count;
  return {
    count,
    complete: allCommitments && (values.every((v) => v !== undefined) || closedByStated),
  };
}

/** The plan's stated figure of `kind`, where a source gives it. */
export function statedFigure(plan: PlanData, kind: Kind): StatedFigure | undefined {
  return plan.statedFigures.find((f) => f.kind === kind);
}

/** Every source ID a commitment record uses: its list, its milestones', completion's, inferences' and status date's. */
export function recordSourceIds(c: CommitmentData): string[] {
  return [
    ...new Set([
      ...c.sources,
      ...c.milestones.flatMap((m) => m.sources),
      ...c.completion.sources,
      ...c.inferred.flatMap((i) => i.sources),
      ...(c.statusAsOf?.sources ?? []),
    ]),
  ];
}
