import { describe, expect, it } from 'vitest';
import { commitmentSchema } from '../../src/schemas/commitment';
import { planSchema } from '../../src/schemas/plan';
import { newestSource } from '../../src/lib/source-dates';
import { sumFigure } from '../../src/lib/stated-figures';
import type { Source } from '../../src/schemas/source';
import { validCommitment, validPlan } from '../fixtures/records';

const source = (date: Source['date']): Source => ({
  id: 'S1',
  title: 'T',
  publisher: 'P',
  language: 'en',
  date,
});

describe('the newest source of a record', () => {
  it('takes the latest date, counting a partial date from its first day and preferring the more precise', () => {
    const dates: Record<string, Source['date']> = {
      S1: '2025',
      S2: '2025-03-10',
      S3: '2024-12',
      S4: 'unknown',
      S5: undefined,
    };
    const lookup = (id: string) => source(dates[id]);
    expect(newestSource(['S1', 'S3', 'S4', 'S5'], lookup)).toEqual({ id: 'S1', date: '2025' });
    expect(newestSource(['S1', 'S2', 'S3'], lookup)).toEqual({ id: 'S2', date: '2025-03-10' });
  });

  it('is undefined when no source has a known date', () => {
    expect(
      newestSource(['S4', 'S5'], (id) => source(id === 'S4' ? 'unknown' : undefined)),
    ).toBeUndefined();
  });
});

describe('what the commitments add up to for a plan figure', () => {
  const plan = planSchema.parse({ ...validPlan, commitmentCount: 2 });
  const item = (irm: object) => commitmentSchema.parse({ ...validCommitment, irm });

  it('is complete only when every commitment of the plan is in the data with a known value', () => {
    expect(sumFigure('starred', plan, [item({ starred: true }), item({ starred: false })])).toEqual(
      { count: 1, complete: true },
    );
    expect(sumFigure('starred', plan, [item({ starred: true }), item({})])).toEqual({
      count: 1,
      complete: false,
    });
    expect(sumFigure('starred', plan, [item({ starred: true })])).toEqual({
      count: 1,
      complete: false,
    });
  });

  it("is complete where the IRM's own count for the plan equals the known ones", () => {
    const stated = planSchema.parse({
      ...validPlan,
      commitmentCount: 2,
      statedFigures: [{ kind: 'starred', count: 1, report: 'end-of-term', sources: ['S13'] }],
    });
    expect(sumFigure('starred', stated, [item({ starred: true }), item({})])).toEqual({
      count: 1,
      complete: true,
    });
  });

  it('counts major and outstanding results together, and has no sum for a measure the data lack', () => {
    expect(
      sumFigure('major-or-outstanding', plan, [
        item({ diog: 'major' }),
        item({ diog: 'outstanding' }),
      ]),
    ).toEqual({ count: 2, complete: true });
    expect(sumFigure('transformative', plan, [item({})])).toBeUndefined();
  });
});
