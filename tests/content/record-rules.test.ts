import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrokenCopy, edit } from '../helpers/fixture-build';

// Real `astro build`s of the small fixture site with the living record's rules broken. The
// cross-record rules are all reported at once, so one build carries several mistakes.
describe('the build stops on a broken living record', () => {
  it('naming the file and field for a done milestone without sources, a starred commitment of limited completion, a level without its assessor, an ongoing plan without a status date and a stated figure larger than its total', async () => {
    const result = await buildBrokenCopy('record-rules', (c) => {
      edit(
        join(c, 'data/commitments/lv0001.yaml'),
        (t) =>
          `${t}irm: { starred: true }\ncompletion: { level: limited, sources: [S1] }\nmilestones:\n  - id: first-step\n    text: { lv: Pirmais solis., en: First step. }\n    status: done\n  - id: first-step\n    text: { lv: Otrais solis., en: Second step. }\n    doneOn: 2013\n    sources: [S1]\n`,
      );
      edit(
        join(c, 'data/plans/plan-1.yaml'),
        (t) =>
          `${t.replace('status: completed', 'status: in-force')}statedFigures:\n  - { kind: completed, count: 3, of: 2, report: progress, sources: [S1] }\n`,
      );
    });
    expect(result.code).not.toBe(0);
    const out = result.output;
    expect(out).toContain('lv0001.yaml: milestone "first-step" (milestones[0]) is marked done but lists no sources.');
    expect(out).toContain('lv0001.yaml: milestones[1] has the ID "first-step", which an earlier milestone of this commitment already uses.');
    expect(out).toContain('lv0001.yaml: milestone "first-step" (milestones[1]) has "doneOn" but its status is "unknown".');
    expect(out).toContain('lv0001.yaml: field "completion.level" is "limited", but "irm.starred" is true. A starred commitment was substantially or fully completed');
    expect(out).toContain('lv0001.yaml: field "completion.assessedBy" is unknown, but "completion.level" is known.');
    expect(out).toContain('plan-1.yaml: field "statusAsOf" is missing. The plan\'s status is "in-force"');
    expect(out).toContain('lv0001.yaml: field "statusAsOf" is missing. The commitment is still under way');
    expect(out).toContain('plan-1.yaml: field "statedFigures[0]" (completed) counts 3 of 2.');
  });

  it('naming the file and field when a record has no checked date', async () => {
    const result = await buildBrokenCopy('record-schema', (c) =>
      edit(join(c, 'data/plans/plan-1.yaml'), (t) => t.replace('checked: 2026-12-02\n', '')),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('plan-1.yaml');
    expect(result.output).toMatch(/checked.*Write the day as YYYY-MM-DD\./);
  });
});
