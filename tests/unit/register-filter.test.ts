import { describe, expect, it } from 'vitest';
import { rowMatches } from '../../src/lib/register-filter';

const row = {
  plan: '3',
  principle: 'openness participation',
  lead: 'state-chancellery knab',
  area: 'lobbying',
  irm: 'ambition-high assessed',
};

describe('the register filter', () => {
  it('keeps a row that has every chosen value', () => {
    expect(
      rowMatches(row, { plan: '3', principle: 'participation', lead: 'knab', irm: 'assessed' }),
    ).toBe(true);
    expect(rowMatches(row, {})).toBe(true);
  });

  it('drops a row that lacks one chosen value, and does not match parts of values', () => {
    expect(rowMatches(row, { plan: '3', irm: 'starred' })).toBe(false);
    expect(rowMatches(row, { lead: 'state' })).toBe(false);
    expect(rowMatches(row, { plan: '33' })).toBe(false);
  });
});
