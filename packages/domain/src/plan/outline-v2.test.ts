// kepu-outline/2: each format feature, /1 read unchanged, every problem of a document at once, the byte-identical round trip.
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.ts';
import { outlineProblems, parseAnyOutlineFile, validateOutline } from './outline-file.ts';
import { serializeOutline } from './outline-serialize.ts';
import { upgradeOutline } from './outline-storable.ts';
import type { OutlineV2 } from './outline2.schema.ts';

export const v2: OutlineV2 = {
  format: 'kepu-outline/2',
  jurisdiction: { code: '999105', name: '示范区' },
  title: '示范区全民科学素质行动实施方案（2021—2025年）',
  documentNumber: '示政办字 〔2022〕 31号',
  period: { start: 2021, end: 2025 },
  preamble: '根据上级部署，制定本方案。',
  sections: [
    { number: 1, title: '主要任务', kind: '重点任务', text: '' },
    { number: 2, title: '组织实施', kind: '组织实施', text: '' },
  ],
  groups: [
    {
      section: 1,
      number: 1,
      title: '社区科普行动',
      kind: 'action',
      leadUnits: [],
      text: '',
      tasks: [
        { number: 1, title: '建设站点', text: '建设站点。', responsibleUnits: ['区科委', '中关村管委会'] },
        { title: '举办讲座', text: '举办讲座。', responsibleUnits: [] },
      ],
    },
    {
      section: 1,
      number: 1,
      title: '设施工程',
      kind: 'project',
      leadUnits: ['区科协'],
      text: '',
      tasks: [{ number: 1, title: '改造场馆', text: '改造场馆。', responsibleUnits: ['区科委'] }],
    },
    { section: 1, number: 2, title: '人才工程', kind: 'project', leadUnits: [], text: '', tasks: [] },
    { section: 2, title: '加强统筹', kind: 'measure', leadUnits: [], text: '加强统筹。', tasks: [] },
  ],
  targets: [
    {
      indicator: 'literacy_share',
      year: 2020,
      kind: 'baseline',
      comparator: '=',
      value: 24.07,
      unit: '%',
      text: '',
      source: '2020年，全区公民具备科学素质的比例达到24.07%。',
    },
    {
      indicator: 'literacy_share',
      year: 2025,
      kind: 'target',
      comparator: '≈',
      value: 28,
      unit: '%',
      text: '',
      source: '',
    },
    {
      indicator: 'literacy_share',
      year: 2024,
      kind: 'target',
      comparator: '<',
      value: 99,
      unit: '%',
      text: '',
      source: '',
    },
    {
      indicator: 'literacy_share',
      year: 2023,
      kind: 'target',
      comparator: '<=',
      value: 98,
      unit: '%',
      text: '',
      source: '',
    },
    {
      indicator: 'overall',
      year: 2025,
      kind: 'target',
      comparator: 'qualitative',
      unit: '',
      text: '走在全市前列',
      source: '',
    },
  ],
};

describe('kepu-outline/2', () => {
  it('holds tasks without numbers or units, numbers per group, groups without numbers or leads, mixed sections', () => {
    expect(outlineProblems(v2).issues).toEqual([]);
  });

  it('round-trips JSON and YAML byte for byte', () => {
    for (const format of ['json', 'yaml'] as const) {
      const once = serializeOutline(v2, format);
      const back = parseAnyOutlineFile(once, `x.${format}`);
      expect(back).toEqual(v2);
      expect(serializeOutline(back, format)).toBe(once);
    }
  });

  it('refuses a qualitative target with a value or without words, and a numeric one without a value', () => {
    const bad = structuredClone(v2);
    bad.targets = [
      { ...v2.targets[4], value: 3, text: '' },
      { ...v2.targets[1], value: undefined },
    ];
    expect(outlineProblems(bad).issues.map((i) => [i.path, i.code])).toEqual([
      ['targets[0].value', 'plan.outline.qualitative_value'],
      ['targets[0].text', 'plan.outline.qualitative_text'],
      ['targets[1].value', 'plan.outline.target_value'],
    ]);
  });

  it('lists field problems and rules across fields in one report, with line and column', () => {
    const doc = structuredClone(v2) as unknown as {
      groups: { title: string; section: number; tasks: { number: number }[] }[];
      period: { start: number; end: number };
    };
    doc.groups[0].title = '';
    doc.groups[0].tasks[1].number = 1; // twice in one group
    doc.groups[1].section = 7; // no such section
    doc.period = { start: 2025, end: 2021 };
    let issues: { path: string; code: string; line?: number; column?: number }[] = [];
    try {
      parseAnyOutlineFile(JSON.stringify(doc, null, 2), 'bad.json');
    } catch (e) {
      if (!isDomainError(e)) throw e;
      issues = (e.details as { issues: typeof issues }).issues;
    }
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      [
        ['groups[0].title', 'zod.too_small'],
        ['groups[1].section', 'plan.outline.no_such_section'],
        ['groups[0].tasks[1].number', 'plan.outline.task_number_repeated'],
        ['period.end', 'plan.outline.period_reversed'],
      ].sort((a, b) => issues.findIndex((i) => i.path === a[0]) - issues.findIndex((i) => i.path === b[0])),
    );
    expect(issues.every((i) => typeof i.line === 'number' && typeof i.column === 'number')).toBe(true);
  });

  it('reports /1 rules across fields together with field problems (not after they are fixed)', () => {
    const v1 = {
      format: 'kepu-outline/1',
      jurisdiction: { code: '999901', name: '示范县' },
      title: '',
      period: { start: 2021, end: 2025 },
      sections: [],
      groups: [{ number: 1, title: 'A', kind: 'action', leadUnits: [], taskNumbers: [1, 9] }],
      tasks: [{ number: 1, title: 't', text: 't', responsibleUnits: ['x'] }],
      targets: [],
    };
    let codes: string[] = [];
    try {
      validateOutline(v1);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      codes = (e.details as { issues: { code: string }[] }).issues.map((i) => i.code);
    }
    expect(codes).toEqual(['zod.too_small', 'plan.outline.task_not_in_tasks']);
  });

  it('reads /1 unchanged and upgrades it with the tasks in their groups', () => {
    const v1 = {
      format: 'kepu-outline/1' as const,
      jurisdiction: { code: '999901', name: '示范县' },
      title: '示范县方案',
      documentNumber: '',
      period: { start: 2021, end: 2025 },
      sections: [],
      groups: [
        {
          number: 1,
          title: 'A',
          kind: 'action' as const,
          leadUnits: ['县科协'],
          taskNumbers: [2, 1],
          text: '',
        },
      ],
      tasks: [
        { number: 1, title: 'one', text: 'one', responsibleUnits: ['县教育局'] },
        { number: 2, title: 'two', text: 'two', responsibleUnits: ['县科协'] },
      ],
      targets: [
        {
          indicator: 'literacy_share',
          year: 2025,
          value: 12,
          comparator: '>' as const,
          kind: 'target' as const,
          unit: '%',
        },
      ],
    };
    expect(validateOutline(v1)).toEqual(v1);
    const up = upgradeOutline(v1);
    expect(up.groups[0].tasks.map((t) => t.number)).toEqual([2, 1]);
    expect(up.targets[0]).toEqual({ ...v1.targets[0], text: '', source: '' });
  });
});
