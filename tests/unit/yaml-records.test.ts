import { describe, expect, it } from 'vitest';
import { collectRecords, duplicateIds, parseRecords } from '../../src/lib/yaml-records';

describe('YAML records', () => {
  it('take a one-record file’s ID from its name', () => {
    const [record, ...rest] = parseRecords(
      'plan: 3\ntitle: { lv: A, en: B }\n',
      'content/data/commitments/lv0029.yaml',
      'entry',
    );
    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      id: 'lv0029',
      record: { plan: 3, title: { lv: 'A', en: 'B' } },
    });
    expect(record!.lineOf(['title', 'en'])).toBe(2);
  });

  it('take each listed record’s ID from its `id`', () => {
    const records = parseRecords('- id: S1\n  title: A\n- id: S2\n', 's.yml', 'list');
    expect(records.map(({ id, record }) => [id, record])).toEqual([
      ['S1', { id: 'S1', title: 'A' }],
      ['S2', { id: 'S2' }],
    ]);
    expect(records.map((r) => r.lineOf(['id']))).toEqual([1, 3]);
    expect(records[0]!.lineOf(['title'])).toBe(2);
  });

  it('keep dates as text, so the schemas can reject impossible ones', () => {
    expect(parseRecords('start: 2026-02-30\n', 'plan-1.yaml', 'entry')[0]!.record.start).toBe(
      '2026-02-30',
    );
  });

  it('reject a file that is not valid YAML, naming it and the line', () => {
    expect(() => parseRecords('number: 1\ntitle: [a\n', 'x/plan-1.yaml', 'entry')).toThrow(
      /x\/plan-1\.yaml:3: this is not valid YAML: .*Check the indentation, colons and quotes/,
    );
  });

  it('reject a file of the wrong shape', () => {
    expect(() => parseRecords('- a\n', 'lv0001.yaml', 'entry')).toThrow(
      'lv0001.yaml:1: expected one record here, written as `field: value` lines (e.g. `plan: 6`), not a list or a single value.',
    );
    expect(() => parseRecords('id: a\n', 's.yaml', 'list')).toThrow(
      's.yaml:1: expected a list of records here, each starting with `- id: …`.',
    );
  });

  it('reject every listed record without an ID, naming its place', () => {
    expect(() => parseRecords('- id: a\n- title: b\n- title: c\n', 's.yaml', 'list')).toThrow(
      /s\.yaml:2: record 2 has no `id`\. Start it with `- id: …`.*\n.*s\.yaml:3: record 3 has no `id`/,
    );
    expect(() => parseRecords('- id: ""\n', 's.yaml', 'list')).toThrow(
      's.yaml:1: record 1 has no `id`.',
    );
  });

  it('name every ID used twice, within a file or across files', () => {
    const at = (line: number) => () => line;
    const records = [
      { id: 'a', filePath: 'one.yaml', record: {}, lineOf: at(1) },
      { id: 'b', filePath: 'one.yaml', record: {}, lineOf: at(4) },
      { id: 'a', filePath: 'two.yaml', record: {}, lineOf: at(1) },
      { id: 'b', filePath: 'one.yaml', record: {}, lineOf: at(9) },
    ];
    expect(duplicateIds('sources', records)).toEqual([
      'two.yaml:1: the sources ID "a" is already used in one.yaml:1. Give each record its own ID.',
      'one.yaml:9: the sources ID "b" is already used in one.yaml:4. Give each record its own ID.',
    ]);
  });

  it('are collected from every file of a collection, in order, or not at all', () => {
    const files = [
      { filePath: 'd/a.yaml', text: '- id: x\n' },
      { filePath: 'd/b.yaml', text: '- id: y\n' },
    ];
    expect(
      collectRecords('events', 'd', 'list', files).map((r) => `${r.filePath}:${r.id}`),
    ).toEqual(['d/a.yaml:x', 'd/b.yaml:y']);
    expect(() =>
      collectRecords('events', 'd', 'list', [
        ...files,
        { filePath: 'd/c.yaml', text: '- id: x\n' },
      ]),
    ).toThrow('d/c.yaml:1: the events ID "x" is already used in d/a.yaml:1.');
    expect(() => collectRecords('events', 'd', 'list', [])).toThrow(
      'd/: no YAML files found for the events collection. Add at least one `.yaml` file.',
    );
  });
});
