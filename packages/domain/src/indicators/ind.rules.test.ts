import { describe, expect, it } from 'vitest';
import { parseExpression } from './ind.expression.ts';
import { loadShippedForm } from './ind.form.ts';
import { blockingViolations, checkRules } from './ind.rules.ts';
import type { ValueCell } from './ind.types.ts';

const form = loadShippedForm(2024);
const cells = (o: Record<string, number>): ValueCell[] =>
  Object.entries(o).map(([item, value]) => ({ item, option: '', value }));

describe('the shipped form', () => {
  it('has the six groups, at least 40 items with sub-items, the funding balance and venue items', () => {
    expect(new Set(form.items.map((i) => i.group))).toEqual(new Set(['P', 'V', 'F', 'M', 'A', 'E']));
    expect(form.items.length).toBeGreaterThanOrEqual(40);
    expect(form.items.filter((i) => i.parent !== null).length).toBeGreaterThanOrEqual(20);
    expect(form.rules.find((r) => r.code === 'R_F01_BALANCE')).toMatchObject({
      left: 'F01',
      op: '=',
      right: 'F011 + F012 + F013 + F014',
      severity: 'hard',
    });
    expect(form.items.find((i) => i.code === 'F0111')?.parent).toBe('F011');
    expect(
      form.items.filter((i) => ['V01', 'V011', 'V012', 'V013'].includes(i.code)).map((i) => i.unit),
    ).toEqual(['个', 'm²', 'm²', '人次']);
  });
  it('names only items of the form in every rule and computed indicator', () => {
    const codes = new Set([...form.items.map((i) => i.code), 'POP']);
    for (const r of form.rules)
      for (const t of [...parseExpression(r.left), ...parseExpression(r.right)])
        if (t.code) expect(codes).toContain(t.code);
    for (const c of form.computed)
      for (const t of [...parseExpression(c.numerator), ...parseExpression(c.denominator)])
        if (t.code) expect(codes).toContain(t.code);
  });
});

describe('expressions', () => {
  it('reads sums, differences, coefficients and constants', () => {
    expect(parseExpression('F011 + F012 - 2*F013 + 5')).toEqual([
      { coef: 1, code: 'F011' },
      { coef: 1, code: 'F012' },
      { coef: -2, code: 'F013' },
      { coef: 5, code: null },
    ]);
  });
  it('refuses text it cannot read, naming the field', () => {
    expect(() => parseExpression('F01 ++ x', 'rule.left')).toThrow(/rule\.left: cannot read/);
    expect(() => parseExpression('F01 + F02 * 3', 'body.numerator')).toThrow(
      /cannot read "\* 3" at character 11 of/,
    );
  });
});

describe('rules', () => {
  it('flags a funding balance that does not add up as hard (left = right)', () => {
    // 筹集额 100 000 but sources 60 000 + 10 000 + 20 000 + 0 = 90 000
    const v = checkRules(
      form.rules,
      cells({ F01: 100_000, F011: 60_000, F012: 10_000, F013: 20_000, F014: 0 }),
    );
    expect(v.map((x) => x.rule)).toEqual(['R_F01_BALANCE']);
    expect(v[0]).toMatchObject({ severity: 'hard', left: 100_000, right: 90_000, op: '=' });
  });
  it('passes the balance once the sources add up', () => {
    expect(
      checkRules(form.rules, cells({ F01: 100_000, F011: 70_000, F012: 10_000, F013: 20_000, F014: 0 })),
    ).toEqual([]);
  });
  it('flags an "of which" larger than its total (left <= right)', () => {
    const v = checkRules(form.rules, cells({ F01: 50, F011: 50, F0111: 80 }));
    expect(v.map((x) => x.rule)).toContain('R_F0111_OF');
  });
  it('needs an explanation for a soft rule, and none for a hard one', () => {
    // spent 120 > raised 100: soft
    const v = checkRules(form.rules, cells({ F01: 100, F011: 100, F02: 120, F022: 120 }));
    expect(v.map((x) => [x.rule, x.severity])).toEqual([['R_F02_VS_F01', 'soft']]);
    expect(blockingViolations(v, {}).unexplained).toHaveLength(1);
    expect(blockingViolations(v, { R_F02_VS_F01: '使用了上年结余 20 元' }).unexplained).toHaveLength(0);
  });
  it('checks a ratio rule with a coefficient (A011 <= 5000 × A01)', () => {
    expect(checkRules(form.rules, cells({ A01: 2, A011: 10_001 })).map((x) => x.rule)).toEqual([
      'R_A011_PER_LECTURE',
    ]);
    expect(checkRules(form.rules, cells({ A01: 2, A011: 10_000 }))).toEqual([]);
  });
  it('sums breakdown options before checking', () => {
    const c: ValueCell[] = [
      { item: 'A01', option: '', value: 1 },
      { item: 'A011', option: 'youth', value: 3000 },
      { item: 'A011', option: 'elderly', value: 2500 },
    ];
    expect(checkRules(form.rules, c)[0]).toMatchObject({
      rule: 'R_A011_PER_LECTURE',
      left: 5500,
      right: 5000,
    });
  });
  it('skips a rule whose items are all empty and ignores retired rules', () => {
    expect(checkRules(form.rules, [])).toEqual([]);
    const retired = form.rules.map((r) => ({ ...r, retired: true }));
    expect(checkRules(retired, cells({ F01: 1 }))).toEqual([]);
  });
});
