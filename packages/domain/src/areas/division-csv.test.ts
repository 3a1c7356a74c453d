import { describe, expect, it } from 'vitest';
import { readDivisionSource, resolveDivisionCode, splitCsvLine } from './division-csv.ts';

describe('division-csv', () => {
  it('splits quoted CSV fields', () => {
    expect(splitCsvLine('211102,"双台子区",2111,21')).toEqual(['211102', '双台子区', '2111', '21']);
    expect(splitCsvLine('1,"a ""b"", c",2')).toEqual(['1', 'a "b", c', '2']);
  });

  it('resolves a uniquely named division to its six-digit code', () => {
    const source = readDivisionSource();
    expect(resolveDivisionCode(source, '盘锦市')).toBe('211100');
    expect(resolveDivisionCode(source, '盘山县')).toBe('211122');
    expect(resolveDivisionCode(source, '市辖区')).toBeUndefined();
  });
});
