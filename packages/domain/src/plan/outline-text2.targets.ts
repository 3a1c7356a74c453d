// Targets and baselines of an outline's prose for kepu-outline/2: every comparator (超过 >, 不低于/以上 ≥, 低于 <,
// 不高于/以下 ≤, 左右 ≈), labelled lines (2025年目标：…), qualitative goals (走在全国前列) and the sentence of each.

import { LITERACY_SHARE } from './outline-targets.ts';
import type { Comparator, OutlineV2Target } from './outline2.schema.ts';

export interface FoundTarget {
  target: OutlineV2Target;
  start: number;
  end: number;
}

const share = /具备(?:基本)?科学素质(?:的)?比例/;
const pct = String.raw`(\d+(?:\.\d+)?)\s*[%\uFF05]`;
const verbs =
  '力争超过|力争达到|至少达到|不低于|不少于|不高于|不超过|超过|高于|大于|低于|达到|提高到|提升到|增长到';
const shareTarget = new RegExp(
  String.raw`到\s*(\d{4})\s*年[^。;\uFF1B]*?具备(?:基本)?科学素质(?:的)?比例\s*(${verbs})?\s*${pct}\s*(左右|以上|以下)?`,
  'g',
);
const baselineOf = new RegExp(String.raw`(\d{4})\s*年的?\s*${pct}`, 'g');
const yearRe = /(\d{4})\s*年/g;
const pctRe = new RegExp(pct, 'g');
const hasPct = new RegExp(pct);
export const labelledLine = /^(?:到\s*)?(\d{4})\s*年\s*(?:的)?(?:发展)?目标\s*[:\uFF1A]\s*(.+)$/;

export function comparatorOf(verb: string | undefined, suffix: string | undefined): Comparator {
  if (suffix === '左右') return '≈';
  if (suffix === '以上') return '>=';
  if (suffix === '以下') return '<=';
  if (!verb) return '=';
  if (/不高于|不超过/.test(verb)) return '<=';
  if (/低于/.test(verb) && !/不低于/.test(verb)) return '<';
  if (/不低于|不少于|至少/.test(verb)) return '>=';
  if (/超过|高于|大于/.test(verb)) return '>';
  return '=';
}

const target = (
  year: number,
  comparator: Comparator,
  value: number | undefined,
  text: string,
  source: string,
  kind: 'target' | 'baseline' = 'target',
  indicator = LITERACY_SHARE,
): OutlineV2Target => ({
  indicator,
  year,
  kind,
  comparator,
  ...(value !== undefined ? { value } : {}),
  unit: value === undefined ? '' : '%',
  text,
  source,
});

/** The words of a labelled target line ("公民具备科学素质的比例达到28%左右" or "走在全国前列"). */
export function labelledTargets(year: number, rest: string, source: string): OutlineV2Target[] {
  const m = new RegExp(String.raw`(${verbs})?\s*${pct}\s*(左右|以上|以下)?`).exec(rest);
  if (m && share.test(rest)) return [target(year, comparatorOf(m[1], m[3]), Number(m[2]), '', source)];
  if (m) return [];
  return [
    target(year, 'qualitative', undefined, rest.replace(/[。;\uFF1B]$/, ''), source, 'target', 'overall'),
  ];
}

/** Sentences of `text` (from `offset` in the whole document); `inTargets` also reads qualitative 到YYYY年 goals. */
export function sentenceTargets(text: string, offset: number, inTargets: boolean): FoundTarget[] {
  const out: FoundTarget[] = [];
  const re = /[^。;\uFF1B\n]+[。;\uFF1B]?/g;
  for (const m of text.matchAll(re)) {
    const sentence = m[0].trim();
    const start = offset + (m.index ?? 0) + m[0].indexOf(sentence);
    const at = { start, end: start + sentence.length };
    if (labelledLine.test(sentence)) continue;
    if (share.test(sentence)) {
      const goals = [...sentence.matchAll(shareTarget)];
      for (const g of goals)
        out.push({
          target: target(Number(g[1]), comparatorOf(g[2], g[4]), Number(g[3]), '', sentence),
          ...at,
        });
      if (goals.length) continue;
      const pairs = [...sentence.matchAll(baselineOf)];
      if (pairs.length)
        for (const p of pairs)
          out.push({ target: target(Number(p[1]), '=', Number(p[2]), '', sentence, 'baseline'), ...at });
      else {
        const years = [...sentence.matchAll(yearRe)];
        const values = [...sentence.matchAll(pctRe)];
        if (years.length === 1 && values.length === 1 && !/^到/.test(sentence))
          out.push({
            target: target(Number(years[0][1]), '=', Number(values[0][1]), '', sentence, 'baseline'),
            ...at,
          });
      }
      continue;
    }
    const q = /^到\s*(\d{4})\s*年\s*[,，]\s*(.+?)[。;\uFF1B]?$/.exec(sentence);
    if (inTargets && q && !hasPct.test(sentence))
      out.push({
        target: target(Number(q[1]), 'qualitative', undefined, q[2], sentence, 'target', 'overall'),
        ...at,
      });
  }
  return out;
}
