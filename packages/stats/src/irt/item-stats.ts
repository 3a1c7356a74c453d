// Classical item statistics: percent correct and the item–rest correlation (Pearson r of the item with the sum of
// the other items), frequency-weighted, over the respondents who answered the item.
import type { ResponsePatterns } from './patterns.ts';

export interface ItemStats {
  readonly percentCorrect: Float64Array;
  readonly itemRest: Float64Array;
}

export function itemStats(data: ResponsePatterns): ItemStats {
  const J = data.nItems;
  const percentCorrect = new Float64Array(J);
  const itemRest = new Float64Array(J);
  const x = new Uint8Array(J);
  const answered = new Uint8Array(J);
  // per item: Σf, Σf·x, Σf·r, Σf·r², Σf·x·r over respondents who answered it
  const acc = new Float64Array(J * 5);
  for (let i = 0; i < data.n; i++) {
    const f = data.freq[i];
    if (f === 0) continue;
    x.fill(0);
    answered.fill(1);
    for (let c = data.correctStart[i]; c < data.correctStart[i + 1]; c++) x[data.correct[c]] = 1;
    for (let c = data.missingStart[i]; c < data.missingStart[i + 1]; c++) answered[data.missing[c]] = 0;
    const total = data.correctStart[i + 1] - data.correctStart[i];
    for (let j = 0; j < J; j++) {
      if (!answered[j]) continue;
      const r = total - x[j];
      const o = j * 5;
      acc[o] += f;
      acc[o + 1] += f * x[j];
      acc[o + 2] += f * r;
      acc[o + 3] += f * r * r;
      acc[o + 4] += f * x[j] * r;
    }
  }
  for (let j = 0; j < J; j++) {
    const [n, sx, sr, srr, sxr] = acc.subarray(j * 5, j * 5 + 5);
    const mx = sx / n;
    const mr = sr / n;
    percentCorrect[j] = 100 * mx;
    const cov = sxr / n - mx * mr;
    const vx = mx * (1 - mx);
    const vr = srr / n - mr * mr;
    itemRest[j] = cov / Math.sqrt(vx * vr);
  }
  return { percentCorrect, itemRest };
}
