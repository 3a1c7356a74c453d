// The CSV reader: numbers bit-identical to Number(), text and NA columns, and errors naming file, line and column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/index.ts';

describe('CSV reader', () => {
  const parse = (text: string) => parseCsv(Buffer.from(text), 'x.csv');

  it('reads numbers bit-exactly, quoted fields as text, NA as missing', () => {
    const t = parse('a,b,"c"\n33.84699630737305,"x",1e-3\nNA,NA,-0.1\n2.930000066757202,"NA",\n');
    expect(t.nrow).toBe(3);
    expect(Array.from(t.columns.get('a') as Float64Array)).toEqual([
      33.84699630737305,
      Number.NaN,
      2.930000066757202,
    ]);
    expect(t.columns.get('b')).toEqual(['x', null, 'NA']);
    expect(Array.from(t.columns.get('c') as Float64Array)).toEqual([0.001, -0.1, Number.NaN]);
  });

  it('reads n/a, N/A, . and - in a numeric column as missing values and counts them; text stays text', () => {
    const t = parse('a,b,c\n1,x,n/a\nn/a,-,2\n.,y,N/A\n-,z,3\n4,.,\n');
    expect(Array.from(t.columns.get('a') as Float64Array)).toEqual([
      1,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      4,
    ]);
    expect(Array.from(t.columns.get('c') as Float64Array)).toEqual([
      Number.NaN,
      2,
      Number.NaN,
      3,
      Number.NaN,
    ]);
    expect(t.columns.get('b')).toEqual(['x', '-', 'y', 'z', '.']);
    expect([...t.naTokens]).toEqual([
      ['a', 3],
      ['c', 2],
    ]);
    // not a missing-value token: the column is text, as before
    expect(parse('a\n1\nN/a\n').columns.get('a')).toEqual(['1', 'N/a']);
    expect(parse('a\n1\n"-"\n').columns.get('a')).toEqual(['1', '-']);
    expect(parse('a\n1\nNA\n').naTokens.size).toBe(0);
  });

  it('parses every decimal as Number() does', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 1, max: 17 }),
        (x, digits) => {
          const text = x.toPrecision(digits);
          const t = parse(`v\n${text}\n`);
          expect(Object.is((t.columns.get('v') as Float64Array)[0], Number(text))).toBe(true);
        },
      ),
    );
  });

  it('turns a column with text into a text column, with CRLF line ends and blank lines skipped', () => {
    const t = parse('id,v\r\n1,2\r\n\r\nx,3\r\n');
    expect(t.columns.get('id')).toEqual(['1', 'x']);
    expect(Array.from(t.columns.get('v') as Float64Array)).toEqual([2, 3]);
  });

  it('names the file, line and column of a short row', () => {
    expect(() => parse('a,b,c\n1,2,3\n4,5\n')).toThrow(
      'x.csv: line 3, column 2 (b): expected 3 fields, found 2',
    );
  });

  it('names the line of an unterminated quote', () => {
    expect(() => parse('a,b\n1,"x\n')).toThrow(/x\.csv: line 2, column 2 \(b\): unterminated quoted field/);
  });
});
