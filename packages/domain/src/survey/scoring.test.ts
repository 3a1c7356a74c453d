// Scoring against the published rules: the current 100-point rule at 69.5 / 70 / 85 points, the 2016 benchmark's
// 60 % of a 50-item form, and the older three-part rule.
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { type Answers, drawForm, makeScorer, scoreRespondent } from './scoring.ts';
import {
  type Instrument,
  type InstrumentItem,
  loadDefaultInstrument,
  parseInstrument,
} from './survey.instrument.ts';

const shipped = loadDefaultInstrument();

const right = (it: InstrumentItem) => it.key;
const wrong = (it: InstrumentItem) =>
  it.kind === 'true_false'
    ? !it.key
    : it.kind === 'single'
      ? (it.options.find((o) => o.code !== it.key)?.code ?? null)
      : [];

/** Answers with the first `n[d]` items of each dimension right and the rest wrong. */
function answering(inst: Instrument, n: Record<string, number>): Answers {
  const seen: Record<string, number> = {};
  const out: Record<string, unknown> = {};
  for (const it of inst.items) {
    seen[it.dimension] = (seen[it.dimension] ?? 0) + 1;
    out[it.code] = (seen[it.dimension] ?? 0) <= (n[it.dimension] ?? 0) ? right(it) : wrong(it);
  }
  return out as Answers;
}

describe('the current rule (科学知识 40, 科学方法 20, 科学精神与思想 20, 应用科学的能力 20)', () => {
  // 16 knowledge items (2.5 points each), 10 method (2), 10 spirit (2), 8 application (2.5): half points occur.
  const keep = (c: string) => !['K17', 'K18', 'K19', 'K20', 'A09', 'A10'].includes(c);
  const inst = parseInstrument({ ...shipped, items: shipped.items.filter((it) => keep(it.code)) });
  const score = makeScorer(inst);

  it('69.5 points is 基本 (basic), not 具备 (literate)', () => {
    const s = score(answering(inst, { knowledge: 12, method: 8, spirit: 8, application: 3 }));
    expect(s.dimensions.map((d) => d.score)).toEqual([30, 16, 16, 7.5]);
    expect(s.total).toBe(69.5);
    expect(s.class).toBe('basic');
    expect(s.literate).toBe(false);
  });

  it('70 points is 具备科学素质', () => {
    const s = score(answering(inst, { knowledge: 12, method: 8, spirit: 7, application: 4 }));
    expect(s.total).toBe(70);
    expect(s.class).toBe('literate');
    expect(s.literate).toBe(true);
  });

  it('85 points is 较高科学素质 and counts as literate', () => {
    const s = score(answering(inst, { knowledge: 12, method: 10, spirit: 10, application: 6 }));
    expect(s.total).toBe(85);
    expect(s.class).toBe('high');
    expect(s.literate).toBe(true);
  });

  it('below 55 is below basic; an unanswered item scores nothing', () => {
    const s = score({ K01: true });
    expect(s.total).toBe(2.5);
    expect(s.class).toBe('below');
  });

  it('takes its thresholds from the instrument', () => {
    const lenient = parseInstrument({
      ...inst,
      scoring: { kind: 'dimension-points', thresholds: { high: 85, literate: 69, basic: 55 } },
    });
    const s = scoreRespondent(
      lenient,
      answering(inst, { knowledge: 12, method: 8, spirit: 8, application: 3 }),
    );
    expect(s.total).toBe(69.5);
    expect(s.literate).toBe(true);
  });

  it('gives multiple choice credit only for exactly the keyed options', () => {
    const k17 = shipped.items.find((it) => it.code === 'K17') as InstrumentItem;
    expect(k17.key).toEqual(['a', 'b']);
    const pts = (a: string[]) => scoreRespondent(shipped, { K17: a }).total;
    expect(pts(['b', 'a'])).toBe(2);
    expect(pts(['a'])).toBe(0);
    expect(pts(['a', 'b', 'c'])).toBe(0);
  });

  it('refuses answers that do not fit the instrument, naming the item', () => {
    try {
      scoreRespondent(shipped, { K01: 'yes', K11: 'x', Q99: true } as unknown as Answers);
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('survey.answers_invalid');
      expect(
        ((e as DomainError).details.issues as { path: string; code: string }[]).map((i) => [i.path, i.code]),
      ).toEqual([
        ['answers.K01', 'survey.answer_not_true_false'],
        ['answers.K11', 'survey.answer_unknown_option'],
        ['answers.Q99', 'survey.answer_unknown_item'],
      ]);
    }
  });
});

describe('the 2016 benchmark rule (50 items from a bank, 2 points each, literate at 60 % correct)', () => {
  // a 100-item bank: the shipped items twice, the copies renamed
  const bank = [...shipped.items, ...shipped.items.map((it) => ({ ...it, code: `${it.code}b` }))];
  const inst = parseInstrument({
    ...shipped,
    items: bank,
    scoring: { kind: 'benchmark-2016', itemsPerForm: 50, pointsPerItem: 2, passShare: 0.6 },
  });
  const score = makeScorer(inst);
  const form = drawForm(inst, 7);
  const onForm = (correct: number): Answers =>
    Object.fromEntries(
      form.map((c, i) => {
        const it = bank.find((b) => b.code === c) as InstrumentItem;
        return [c, i < correct ? right(it) : wrong(it)];
      }),
    );

  it('draws 50 different items of the bank, the same for the same seed and another for another seed', () => {
    expect(new Set(form).size).toBe(50);
    expect(form.every((c) => bank.some((b) => b.code === c))).toBe(true);
    expect(drawForm(inst, 7)).toEqual(form);
    expect(drawForm(inst, 8)).not.toEqual(form);
  });

  it('30 of 50 right (60 points of 100) is literate, 29 (58 points) is not', () => {
    const pass = score(onForm(30), form);
    expect([pass.total, pass.max, pass.literate, pass.class]).toEqual([60, 100, true, 'literate']);
    const fail = score(onForm(29), form);
    expect([fail.total, fail.literate, fail.class]).toEqual([58, false, 'below']);
  });

  it('needs the form, and refuses an answer to an item that was not on it', () => {
    expect(() => score(onForm(30))).toThrow(expect.objectContaining({ code: 'survey.form_missing' }));
    const off = bank.find((b) => !form.includes(b.code)) as InstrumentItem;
    expect(() => score({ ...onForm(30), [off.code]: right(off) }, form)).toThrow(
      expect.objectContaining({ code: 'survey.answers_invalid' }),
    );
  });
});

describe('the older three-part rule (pass each of knowledge, method, science and society)', () => {
  const dim = (d: string) => (it: InstrumentItem) => ({ ...it, dimension: d });
  const inst = parseInstrument({
    ...shipped,
    dimensions: [{ code: 'knowledge' }, { code: 'method' }, { code: 'society' }],
    items: [
      ...shipped.items.filter((it) => it.dimension === 'knowledge'),
      ...shipped.items.filter((it) => it.dimension === 'method'),
      ...shipped.items.filter((it) => it.dimension === 'spirit').map(dim('society')),
    ],
    scoring: {
      kind: 'three-part',
      parts: [
        { dimension: 'knowledge', passShare: 0.6 },
        { dimension: 'method', passShare: 0.6 },
        { dimension: 'society', passShare: 0.6 },
      ],
    },
  });
  const score = makeScorer(inst);

  it('is literate only when every part is passed', () => {
    const all = score(answering(inst, { knowledge: 12, method: 6, society: 6 }));
    expect(all.dimensions.map((d) => d.passed)).toEqual([true, true, true]);
    expect(all.literate).toBe(true);
    const weakMethod = score(answering(inst, { knowledge: 20, method: 5, society: 10 }));
    expect(weakMethod.dimensions.map((d) => d.passed)).toEqual([true, false, true]);
    expect(weakMethod.literate).toBe(false);
    expect(weakMethod.class).toBe('below');
  });
});
