import { describe, expect, it } from 'vitest';
import { can } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import {
  coversJurisdiction,
  isDirectlyBelow,
  jurisdictionLevel,
  parentJurisdiction,
} from './jurisdiction-codes.ts';
import { planDiff } from './plan-diff.view.ts';

const office = (jurisdictionCode?: string | null): Actor => ({
  userId: 1,
  username: 'o',
  role: 'office',
  unitId: null,
  areaCode: null,
  jurisdictionCode,
});

describe('jurisdiction scope by GB/T 2260 code', () => {
  it('a province covers its cities and counties, a city its counties, a county itself', () => {
    expect(coversJurisdiction('210000', '211100')).toBe(true);
    expect(coversJurisdiction('210000', '211104')).toBe(true);
    expect(coversJurisdiction('210000', '110000')).toBe(false);
    expect(coversJurisdiction('211100', '211104')).toBe(true);
    expect(coversJurisdiction('211100', '210300')).toBe(false);
    expect(coversJurisdiction('211104', '211104')).toBe(true);
    expect(coversJurisdiction('211104', '211100')).toBe(false);
    expect(coversJurisdiction('000000', '110105')).toBe(true);
    expect(coversJurisdiction(null, '211100')).toBe(false);
  });

  it('names levels and the jurisdiction directly above', () => {
    expect(['210000', '211100', '211104', '000000'].map(jurisdictionLevel)).toEqual([
      'province',
      'city',
      'county',
      'nation',
    ]);
    expect(['210000', '211100', '211104'].map(parentJurisdiction)).toEqual(['000000', '210000', '211100']);
    expect(isDirectlyBelow('211100', '210000')).toBe(true);
    expect(isDirectlyBelow('211104', '210000')).toBe(false);
    expect(isDirectlyBelow('429004', '420000')).toBe(true);
  });

  it('the permission table scopes an account to its jurisdiction and everything below it', () => {
    expect(can(office('211100'), 'jur.read', '210300')).toBe(false);
    expect(can(office('211100'), 'jur.read', '211100')).toBe(true);
    expect(can(office('210000'), 'jur.read', '210300')).toBe(true);
    expect(can(office('210000'), 'jur.cascade', '210000')).toBe(true);
    expect(can(office('211100'), 'jur.cascade', '210000')).toBe(false);
    expect(can({ ...office('210000'), role: 'liaison' }, 'jur.cascade', '210000')).toBe(false);
    // the CLI's actor names no jurisdiction: not limited
    expect(can(office(undefined), 'jur.link', '110105')).toBe(true);
  });
});

const bundle = (groups: [string, string, number][], targets: [number, number, string][]): PlanBundle => ({
  plan: {} as PlanBundle['plan'],
  sections: [],
  groups: groups.map(([kind, title, n], i) => ({
    id: i + 1,
    kind: kind as 'action',
    number: i + 1,
    numbered: true,
    section: null,
    title,
    text: '',
    leadUnitIds: [],
    taskNumbers: Array.from({ length: n }, (_, k) => k + 1),
  })),
  tasks: [],
  targets: targets.map(([year, value, comparator]) => ({
    indicator: 'literacy_share',
    year,
    value,
    comparator: comparator as '=',
    kind: 'target' as const,
    unit: '%',
    text: '',
    source: '',
  })),
  units: new Map(),
});

describe('planDiff: a plan against the plan above it', () => {
  it('compares targets by indicator and year, and groups by kind and title', () => {
    const above = bundle(
      [
        ['action', '青少年科学素质提升行动', 2],
        ['action', '产业工人科学素质提升行动', 1],
      ],
      [
        [2025, 15, '>'],
        [2035, 25, '='],
      ],
    );
    const own = bundle(
      [
        ['action', '全市青少年科学素质提升行动', 3],
        ['project', '钢铁产业科普工程', 1],
      ],
      [
        [2025, 14, '>'],
        [2030, 20, '='],
      ],
    );
    const d = planDiff(own, above);
    expect(d.targets.map((r) => [r.year, r.change])).toEqual([
      [2025, 'lower'],
      [2030, 'added'],
      [2035, 'dropped'],
    ]);
    expect(d.groups.map((g) => [g.title, g.change, g.ownTasks, g.aboveTasks])).toEqual([
      ['青少年科学素质提升行动', 'both', 3, 2],
      ['产业工人科学素质提升行动', 'dropped', null, 1],
      ['钢铁产业科普工程', 'added', 1, null],
    ]);
  });

  it('tells a stricter comparator apart from the same value', () => {
    const d = planDiff(bundle([], [[2025, 15, '>=']]), bundle([], [[2025, 15, '>']]));
    expect(d.targets[0].change).toBe('differs');
  });
});
