import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { UNKNOWN } from '../../src/schemas/fields';
import { assembleSite } from '../../src/lib/site';
import { readContent } from '../helpers/content';

const content = await readContent();
const site = assembleSite(content);
const SEED = '../shared/sources/000_b905d6077904fea0.txt';

describe('the site’s content', () => {
  // Reading it (above) already validated every record and the whole: this checks that nothing went missing.
  it('holds at least 35 commitments and more than 100 pages', () => {
    expect(content.commitments.length).toBeGreaterThanOrEqual(35);
    expect(site.routes.length).toBeGreaterThan(100);
  });

  it('has all six action plans, numbered 1 to 6, the sixth in preparation', () => {
    expect(site.plans.map((p) => p.data.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(site.plans.at(-1)?.data.status).toBe('in-preparation');
  });

  // assembleSite() checks that a continued commitment exists, not that it came before.
  it('continues only commitments of earlier plans', () => {
    const planOf = new Map(site.commitments.map((c) => [c.id, c.data.plan]));
    for (const { id, data } of site.commitments) {
      for (const earlier of data.continues) expect(planOf.get(earlier), `${id} continues ${earlier}`).toBeLessThan(data.plan);
    }
  });

  it('records the continuations the sources name', () => {
    const continues = (id: string) => site.commitments.find((c) => c.id === id)?.data.continues;
    expect(continues('lv0029')).toContain('lv0019');
    expect(continues('lv0034')).toContain('lv0027');
  });

  it('has as many commitments per plan as each plan states, where known', () => {
    for (const { data } of site.plans) {
      if (data.commitmentCount === UNKNOWN) continue;
      expect(site.commitments.filter((c) => c.data.plan === data.number).length, `plan ${data.number}`).toBe(data.commitmentCount);
    }
    expect(site.plans.map((p) => p.data.commitmentCount)).toEqual([UNKNOWN, 10, 12, 6, 6, UNKNOWN]);
  });

  it('gives every plan and commitment a page in every language', () => {
    for (const plan of site.plans) expect(site.twins(`plan/${plan.data.number}`).map((r) => r.lang)).toEqual(localeCodes);
    for (const commitment of site.commitments) expect(site.twins(`commitment/${commitment.id}`).map((r) => r.lang)).toEqual(localeCodes);
  });
});

describe.skipIf(!existsSync(SEED))('the second plan against the 2016 State Chancellery presentation', () => {
  it('has exactly the ten commitments the presentation lists, by number and title', () => {
    const seed = readFileSync(SEED, 'utf-8');
    const listed = [...seed.matchAll(/(\d+)\. apņemšanās:\*\*\s*(.+)/g)].map((m) => ({ number: Number(m[1]), title: m[2]!.trim() }));
    expect(listed.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const second = site.commitments.filter((c) => c.data.plan === 2);
    expect(second.map((c) => c.data.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(second.map((c) => c.data.seedTitle)).toEqual(listed.map((l) => l.title));
  });
});
