// Reads the literacy targets out of an outline's prose: "从2010年的4.13%提高到2020年的9.7%", "到2025年…比例超过15%".
import type { OutlineTarget } from './outline.schema.ts';

export const LITERACY_SHARE = 'literacy_share';

const share = /具备(?:基本)?科学素质(?:的)?比例/;
const percent = String.raw`(\d+(?:\.\d+)?)\s*[%\uFF05]`;
const verbs = '力争超过|力争达到|至少达到|不低于|不少于|超过|高于|大于|达到|提高到|提升到';
const targetPattern = new RegExp(
  String.raw`到\s*(\d{4})\s*年[^。;\uFF1B]*?具备(?:基本)?科学素质(?:的)?比例\s*(${verbs})?\s*${percent}`,
  'g',
);
const baselinePattern = new RegExp(String.raw`(\d{4})\s*年的?\s*${percent}`, 'g');

function comparatorOf(verb: string | undefined): OutlineTarget['comparator'] {
  if (!verb) return '=';
  if (/超过|高于|大于/.test(verb)) return '>';
  if (/不低于|不少于|至少/.test(verb)) return '>=';
  return '=';
}

/** Observed shares ("YYYY年的X%") become baselines; "到YYYY年…比例…X%" become targets. Sorted by year. */
export function extractLiteracyTargets(text: string): OutlineTarget[] {
  const found = new Map<string, OutlineTarget>();
  const add = (t: OutlineTarget) => {
    const key = `${t.kind}:${t.year}`;
    if (!found.has(key)) found.set(key, t);
  };
  for (const sentence of text.split(/[。;\uFF1B\n]/)) {
    if (!share.test(sentence)) continue;
    let isTarget = false;
    for (const m of sentence.matchAll(targetPattern)) {
      isTarget = true;
      add({
        indicator: LITERACY_SHARE,
        year: Number(m[1]),
        value: Number(m[3]),
        comparator: comparatorOf(m[2]),
        kind: 'target',
        unit: '%',
      });
    }
    if (isTarget) continue;
    for (const m of sentence.matchAll(baselinePattern)) {
      add({
        indicator: LITERACY_SHARE,
        year: Number(m[1]),
        value: Number(m[2]),
        comparator: '=',
        kind: 'baseline',
        unit: '%',
      });
    }
  }
  return [...found.values()].sort((a, b) => a.year - b.year || (a.kind === 'baseline' ? -1 : 1));
}
