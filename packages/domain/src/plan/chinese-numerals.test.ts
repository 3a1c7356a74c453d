import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './chinese-numerals.ts';

describe('parseChineseNumeral', () => {
  it('reads the numerals used for sections and groups', () => {
    expect(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].map(parseChineseNumeral)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('reads compound numerals', () => {
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('二十三')).toBe(23);
    expect(parseChineseNumeral('一百零五')).toBe(105);
  });

  it('refuses text that is not a numeral', () => {
    expect(parseChineseNumeral('')).toBeUndefined();
    expect(parseChineseNumeral('一二')).toBeUndefined();
    expect(parseChineseNumeral('甲')).toBeUndefined();
  });
});
