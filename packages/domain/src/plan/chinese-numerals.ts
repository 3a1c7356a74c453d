// Chinese numerals as used in document headings (一、 (十二) 二十三): converts them to integers.
const digits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Characters that may appear in a Chinese numeral, for building heading patterns. */
export const chineseNumeralChars = '零〇一二两三四五六七八九十百';

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 一百零五 → 105; returns undefined for anything else. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let pending: number | undefined;
  for (const ch of text) {
    if (ch in digits) {
      if (pending !== undefined && pending !== 0) return undefined; // two digits in a row, e.g. 一二
      pending = digits[ch];
    } else if (ch === '十' || ch === '百') {
      const scale = ch === '十' ? 10 : 100;
      total += (pending ?? 1) * scale;
      pending = undefined;
    } else {
      return undefined;
    }
  }
  return total + (pending ?? 0);
}
