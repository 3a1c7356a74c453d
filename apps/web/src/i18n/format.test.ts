import { describe, expect, it } from 'vitest';
import { chineseNumeral } from './format.ts';

describe('chineseNumeral', () => {
  it('writes ordinals the way the outline numbers its parts', () => {
    expect([1, 5, 10, 12, 20, 35, 99].map(chineseNumeral)).toEqual([
      '一',
      '五',
      '十',
      '十二',
      '二十',
      '三十五',
      '九十九',
    ]);
  });

  it('keeps numbers outside 1–99 in Arabic digits', () => {
    expect([0, 100, 2.5].map(chineseNumeral)).toEqual(['0', '100', '2.5']);
  });
});
