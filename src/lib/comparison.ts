import { UNKNOWN } from '../schemas/fields';
import { principleIds } from '../schemas/vocabulary';
import type { Site } from './site';
import { statedFigure, sumFigure, type FigureSum } from './stated-figures';

/** One plan's figures for the comparison: counts from the data, and whether they are complete. */
export interface PlanFigures {
  number: number;
  /** Commitments in the data. */
  inData: number;
  /** Commitments the plan states, where known. */
  stated: number | undefined;
  byPrinciple: Record<(typeof principleIds)[number], number>;
  byArea: Record<string, number>;
  /** Starred commitments in the data, and whether every commitment's star is known. */
  starred: FigureSum;
  /** The IRM's own count of starred commitments, where a source gives it. */
  starredStated: number | undefined;
  /** "Did it open government?" major or outstanding, in the data. */
  majorResults: FigureSum;
  /** The IRM's own count of major or outstanding results, where a source gives it. */
  majorResultsStated: number | undefined;
  /** Commitments with any IRM assessment known. */
  assessed: number;
}

/** The figures of every plan, from the same data as the pages. */
export function planFigures(site: Site): PlanFigures[] {
  return site.plans.map(({ data: plan }) => {
    const items = site.commitments.filter((c) => c.data.plan === plan.number).map((c) => c.data);
    const byArea: Record<string, number> = {};
    for (const item of items) byArea[item.policyArea] = (byArea[item.policyArea] ?? 0) + 1;
    return {
      number: plan.number,
      inData: items.length,
      stated: plan.commitmentCount === UNKNOWN ? undefined : plan.commitmentCount,
      byPrinciple: Object.fromEntries(
        principleIds.map((p) => [p, items.filter((i) => i.principles.includes(p)).length]),
      ) as PlanFigures['byPrinciple'],
      byArea,
      starred: sumFigure('starred', plan, items) ?? { count: 0, complete: false },
      starredStated: statedFigure(plan, 'starred')?.count,
      majorResults: sumFigure('major-or-outstanding', plan, items) ?? { count: 0, complete: false },
      majorResultsStated: statedFigure(plan, 'major-or-outstanding')?.count,
      assessed: items.filter((i) => Object.values(i.irm).some((v) => v !== UNKNOWN)).length,
    };
  });
}

/**
 * Lays out a horizontal bar chart: one bar per plan, as long as its number of commitments,
 * with the starred ones marked at its start. Coordinates only; the component draws it.
 */
export function barChart(figures: PlanFigures[], width = 640, rowHeight = 36, labelWidth = 120) {
  const max = Math.max(1, ...figures.map((f) => f.inData));
  const scale = (width - labelWidth - 48) / max;
  return {
    width,
    height: figures.length * rowHeight + 8,
    bars: figures.map((f, i) => ({
      number: f.number,
      y: i * rowHeight + 4,
      height: rowHeight - 12,
      x: labelWidth,
      width: f.inData * scale,
      starredWidth: f.starred.count * scale,
      value: f.inData,
    })),
  };
}
