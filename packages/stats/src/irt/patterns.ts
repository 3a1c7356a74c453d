// Response data as unique patterns with frequencies: rows with identical answers are counted once (the E-step's unit).
import { StatsError } from '../core/errors.ts';

export interface ResponsePatterns {
  readonly nItems: number;
  /** number of distinct patterns */
  readonly n: number;
  /** frequency of each pattern (sum = number of respondents) */
  readonly freq: Float64Array;
  /** items answered correctly: indices correct[correctStart[i] .. correctStart[i+1]) */
  readonly correct: Int32Array;
  readonly correctStart: Int32Array;
  /** items not answered (NaN), same layout */
  readonly missing: Int32Array;
  readonly missingStart: Int32Array;
  /** the pattern of each input row */
  readonly rowPattern: Int32Array;
  /** total frequency N */
  readonly total: number;
  /** the answers of items 8g … 8g + 7 as one byte per group (bit b = item 8g + b correct): codes[i · groups + g] */
  readonly codes: Uint8Array;
  readonly groups: number;
  /** 1 when the pattern has no missing answer */
  readonly complete: Uint8Array;
}

/** Items are coded in groups of this many bits (the E-step tabulates each group's 2^8 sub-patterns). */
export const GROUP_BITS = 8;

/**
 * Collapses 0/1 item columns (NaN = not answered) to unique patterns. `freq` gives each row's frequency
 * (a pattern file); rows with frequency 0 are kept for scoring but add nothing to the fit.
 */
export function responsePatterns(
  items: readonly Float64Array[],
  names: readonly string[],
  freq?: Float64Array,
): ResponsePatterns {
  const J = items.length;
  if (J < 2) throw new StatsError('INVALID_ARGUMENT', 'IRT needs at least two items');
  const nrow = items[0].length;
  if (nrow === 0) throw new StatsError('NO_DATA', 'the data have no rows');
  for (let j = 0; j < J; j++) {
    if (items[j].length !== nrow)
      throw new StatsError('LENGTH_MISMATCH', `item ${names[j]} has ${items[j].length} rows, not ${nrow}`);
  }
  if (freq && freq.length !== nrow)
    throw new StatsError('LENGTH_MISMATCH', `the frequency column has ${freq.length} rows, not ${nrow}`);
  const index = new Map<string, number>();
  const rowPattern = new Int32Array(nrow);
  const freqs: number[] = [];
  const correct: number[] = [];
  const correctStart: number[] = [0];
  const missing: number[] = [];
  const missingStart: number[] = [0];
  const key = new Uint8Array(J);
  for (let r = 0; r < nrow; r++) {
    const f = freq ? freq[r] : 1;
    if (!(f >= 0) || !Number.isFinite(f)) {
      throw new StatsError(
        'INVALID_ARGUMENT',
        `row ${r + 1}: the frequency ${f} is not a non-negative number`,
        { row: r + 1 },
      );
    }
    for (let j = 0; j < J; j++) {
      const x = items[j][r];
      if (x === 1) key[j] = 49;
      else if (x === 0) key[j] = 48;
      else if (Number.isNaN(x)) key[j] = 46;
      else {
        throw new StatsError(
          'INVALID_ARGUMENT',
          `row ${r + 1}, item ${names[j]}: ${x} is not 0, 1 or missing`,
          { row: r + 1, item: names[j] },
        );
      }
    }
    const k = String.fromCharCode(...key);
    let p = index.get(k);
    if (p === undefined) {
      p = freqs.length;
      index.set(k, p);
      freqs.push(0);
      for (let j = 0; j < J; j++) {
        if (key[j] === 49) correct.push(j);
        else if (key[j] === 46) missing.push(j);
      }
      correctStart.push(correct.length);
      missingStart.push(missing.length);
    }
    freqs[p] += f;
    rowPattern[r] = p;
  }
  const total = freqs.reduce((s, v) => s + v, 0);
  const n = freqs.length;
  const groups = Math.ceil(J / GROUP_BITS);
  const codes = new Uint8Array(n * groups);
  const complete = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    complete[i] = missingStart[i + 1] === missingStart[i] ? 1 : 0;
    for (let c = correctStart[i]; c < correctStart[i + 1]; c++) {
      const j = correct[c];
      codes[i * groups + Math.floor(j / GROUP_BITS)] |= 1 << (j % GROUP_BITS);
    }
  }
  if (!(total > 0)) throw new StatsError('NO_DATA', 'the frequencies sum to 0');
  return {
    nItems: J,
    n: freqs.length,
    freq: Float64Array.from(freqs),
    correct: Int32Array.from(correct),
    correctStart: Int32Array.from(correctStart),
    missing: Int32Array.from(missing),
    missingStart: Int32Array.from(missingStart),
    rowPattern,
    total,
    codes,
    groups,
    complete,
  };
}
