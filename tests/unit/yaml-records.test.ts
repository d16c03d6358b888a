import { describe, expect, it } from 'vitest';
import { collectRecords, duplicateIds, parseRecords } from '../../src/lib/yaml-records';

describe('YAML records', () => {
  it('take a one-record file’s ID from its name', () => {
    expect(
      parseRecords(
        'plan: 3\ntitle: { lv: A, en: B }\n',
        'content/data/commitments/lv0029.yaml',
        'entry',
      ),
    ).toEqual([['lv0029', { plan: 3, title: { lv: 'A', en: 'B' } }]]);
  });

  it('take each listed record’s ID from its `id`', () => {
    expect(parseRecords('- id: S1\n  title: A\n- id: S2\n', 's.yml', 'list')).toEqual([
      ['S1', { id: 'S1', title: 'A' }],
      ['S2', { id: 'S2' }],
    ]);
  });

  it('keep dates as text, so the schemas can reject impossible ones', () => {
    expect(parseRecords('start: 2026-02-30\n', 'plan-1.yaml', 'entry')[0]![1].start).toBe(
      '2026-02-30',
    );
  });

  it('reject a file that is not valid YAML, naming it', () => {
    expect(() => parseRecords('title: [a\n', 'x/plan-1.yaml', 'entry')).toThrow(
      /^x\/plan-1\.yaml: this is not valid YAML\./,
    );
  });

  it('reject a file of the wrong shape', () => {
    expect(() => parseRecords('- a\n', 'lv0001.yaml', 'entry')).toThrow(
      'lv0001.yaml: expected one record (key: value lines) in this file.',
    );
    expect(() => parseRecords('id: a\n', 's.yaml', 'list')).toThrow(
      's.yaml: expected a list of records, each starting with `- id: …`.',
    );
  });

  it('reject a listed record without an ID, naming its place', () => {
    expect(() => parseRecords('- id: a\n- title: b\n', 's.yaml', 'list')).toThrow(
      's.yaml: record 2 has no `id`. Add `id: …` to it.',
    );
    expect(() => parseRecords('- id: ""\n', 's.yaml', 'list')).toThrow(
      's.yaml: record 1 has no `id`.',
    );
  });

  it('name every ID used twice, within a file or across files', () => {
    const records = [
      { id: 'a', filePath: 'one.yaml', record: {} },
      { id: 'b', filePath: 'one.yaml', record: {} },
      { id: 'a', filePath: 'two.yaml', record: {} },
      { id: 'b', filePath: 'one.yaml', record: {} },
    ];
    expect(duplicateIds('sources', records)).toEqual([
      'two.yaml: the sources ID "a" is already used in one.yaml. Give each record its own ID.',
      'one.yaml: the sources ID "b" is already used in one.yaml. Give each record its own ID.',
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
    ).toThrow('d/c.yaml: the events ID "x" is already used in d/a.yaml.');
    expect(() => collectRecords('events', 'd', 'list', [])).toThrow(
      'd: no YAML files found for the events collection.',
    );
  });
});
