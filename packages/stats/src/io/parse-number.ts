// Parses a number straight from CSV bytes, bit-identical to Number() on the same text.

/** Powers of ten that are exact doubles. */
export const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];
/** Integers below 2^53 are exact doubles, and so is every step of accumulating their digits. */
export const TWO_53 = 9007199254740992;
const decoder = new TextDecoder('latin1');

/**
 * Returns the value of the decimal literal in buf[start, end), or undefined when the text is not a
 * plain decimal (digits, optional sign, point and exponent; or Inf, -Inf, NaN as R writes them).
 * Literals of up to 15 or 16 digits take Clinger's fast path (mantissa < 2^53, |power of ten| <= 22: one
 * correctly rounded operation, so the result equals Number()); the rest go through Number().
 */
export function parseNumber(buf: Uint8Array, start: number, end: number): number | undefined {
  let p = start;
  if (p >= end) return undefined;
  let neg = false;
  let c = buf[p];
  if (c === 45 || c === 43) {
    neg = c === 45;
    p++;
    if (p >= end) return undefined;
    c = buf[p];
  }
  if (c === 73 || c === 78) return special(buf, start, p, end, neg);
  let mant = 0;
  let digits = 0;
  let scale = 0;
  for (; p < end; p++) {
    c = buf[p];
    if (c < 48 || c > 57) break;
    mant = mant * 10 + (c - 48);
    digits++;
  }
  if (p < end && buf[p] === 46) {
    p++;
    for (; p < end; p++) {
      c = buf[p];
      if (c < 48 || c > 57) break;
      mant = mant * 10 + (c - 48);
      scale--;
      digits++;
    }
  }
  if (digits === 0) return undefined;
  if (p < end && (buf[p] === 101 || buf[p] === 69)) {
    p++;
    let eneg = false;
    if (p < end && (buf[p] === 45 || buf[p] === 43)) {
      eneg = buf[p] === 45;
      p++;
    }
    let e = 0;
    let edigits = 0;
    for (; p < end; p++) {
      c = buf[p];
      if (c < 48 || c > 57) break;
      if (e < 100000) e = e * 10 + (c - 48);
      edigits++;
    }
    if (edigits === 0) return undefined;
    scale += eneg ? -e : e;
  }
  if (p !== end) return undefined;
  if (mant < TWO_53 && scale >= -22 && scale <= 22) {
    const v = scale >= 0 ? mant * POW10[scale] : mant / POW10[-scale];
    return neg ? -v : v;
  }
  return Number(decoder.decode(buf.subarray(start, end)));
}

function special(buf: Uint8Array, start: number, p: number, end: number, neg: boolean): number | undefined {
  const len = end - p;
  if (len === 3 && buf[p] === 73 && buf[p + 1] === 110 && buf[p + 2] === 102) {
    return neg ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (len === 3 && p === start && buf[p] === 78 && buf[p + 1] === 97 && buf[p + 2] === 78) return Number.NaN;
  return undefined;
}
