// The instrument as data: the shipped illustrative instrument, JSON round trip, and errors that name the field.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  exportInstrument,
  importInstrument,
  loadDefaultInstrument,
  parseInstrument,
} from './survey.instrument.ts';

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    const err = e as DomainError;
    return { code: err.code, issues: (err.details.issues ?? []) as { path: string; code: string }[] };
  }
  throw new Error('expected an error');
};

describe('the shipped instrument', () => {
  const inst = loadDefaultInstrument();

  it('says it is illustrative, not the official item bank', () => {
    expect(inst.illustrative).toBe(true);
    expect(inst.notice).toContain('示例问卷，非官方题库');
  });

  it('scores 科学知识 40, 科学方法 20, 科学精神与思想 20, 应用科学的能力 20 with thresholds 85 / 70 / 55', () => {
    expect(inst.dimensions).toEqual([
      { code: 'knowledge', points: 40 },
      { code: 'method', points: 20 },
      { code: 'spirit', points: 20 },
      { code: 'application', points: 20 },
    ]);
    expect(inst.scoring).toEqual({
      kind: 'dimension-points',
      thresholds: { high: 85, literate: 70, basic: 55 },
    });
  });

  it('asks the seven demographics, ages 18–69 and the four districts', () => {
    expect(inst.demographics.map((q) => q.field)).toEqual([
      'sex',
      'age',
      'education',
      'occupation',
      'urbanRural',
      'district',
      'targetGroup',
    ]);
    expect(inst.demographics.find((q) => q.field === 'age')).toMatchObject({ min: 18, max: 69 });
    expect(inst.demographics.find((q) => q.field === 'district')?.options?.map((o) => o.text)).toEqual([
      '双台子区',
      '兴隆台区',
      '大洼区',
      '盘山县',
    ]);
  });

  it('exports to JSON that imports to the same instrument', () => {
    expect(importInstrument(exportInstrument(inst))).toEqual(inst);
  });
});

describe('importing an instrument', () => {
  const good = () =>
    structuredClone(loadDefaultInstrument()) as unknown as Record<string, unknown> & {
      items: Record<string, unknown>[];
      dimensions: Record<string, unknown>[];
      demographics: Record<string, unknown>[];
    };

  it('refuses text that is not JSON', () => {
    expect(issuesOf(() => importInstrument('{"format": ')).code).toBe('survey.instrument_not_json');
  });

  it('refuses a demographics question asking for a name (no names are collected)', () => {
    const data = good();
    data.demographics.push({ field: 'name', text: '您的姓名' });
    const { issues } = issuesOf(() => parseInstrument(data));
    expect(issues).toEqual([
      expect.objectContaining({ path: `demographics[${data.demographics.length - 1}].field` }),
    ]);
  });

  it('names the item whose key is not one of its options', () => {
    const data = good();
    const i = data.items.findIndex((it) => it.kind === 'single');
    data.items[i].key = 'z';
    const { code, issues } = issuesOf(() => parseInstrument(data));
    expect(code).toBe('survey.instrument_invalid');
    expect(issues).toEqual([
      expect.objectContaining({ path: `items[${i}].key`, code: 'survey.key_not_an_option' }),
    ]);
  });

  it('names an item in a dimension that does not exist, and a repeated item code', () => {
    const data = good();
    data.items[2].dimension = 'physics';
    data.items[4].code = data.items[3].code;
    const { issues } = issuesOf(() => parseInstrument(data));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'items[2].dimension', code: 'survey.unknown_dimension' }),
        expect.objectContaining({ path: 'items[4].code', code: 'survey.duplicate_item' }),
      ]),
    );
  });

  it('refuses dimension points that do not add up to 100 and thresholds out of order', () => {
    const data = good();
    data.dimensions[0].points = 30;
    (data.scoring as { thresholds: { basic: number } }).thresholds.basic = 75;
    const { issues } = issuesOf(() => parseInstrument(data));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['dimensions', 'survey.dimension_points_total'],
      ['scoring.thresholds', 'survey.thresholds_order'],
    ]);
  });

  it('refuses an age range beyond 18–69, a missing question and a sex code it does not know', () => {
    const data = good();
    data.demographics[1].max = 80;
    (data.demographics[0].options as { code: string }[])[1].code = 'f';
    data.demographics.splice(6, 1);
    const { issues } = issuesOf(() => parseInstrument(data));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['demographics', 'survey.question_missing'],
      ['demographics[0].options[1].code', 'survey.unknown_option'],
      ['demographics[1]', 'survey.age_range'],
    ]);
  });

  it('refuses a 2016 benchmark rule whose bank is smaller than a form', () => {
    const data = good();
    data.scoring = { kind: 'benchmark-2016', itemsPerForm: 60, pointsPerItem: 2, passShare: 0.6 };
    expect(issuesOf(() => parseInstrument(data)).issues).toEqual([
      expect.objectContaining({ path: 'scoring.itemsPerForm', code: 'survey.bank_too_small' }),
    ]);
  });
});
