// CSV exports run no formulas in a spreadsheet, and every value survives the round trip through an import.
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRows, toCsv } from './ind.csv.ts';

const hostile = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://x.example","点我")',
  '+SUM(1+1)*cmd|x',
  '@SUM(1+1)',
  '-2+3',
  '\t=1',
  '\r=1',
];

describe('CSV cells that a spreadsheet would run', () => {
  it('go out behind an apostrophe, so no cell starts with =, +, -, @, tab or CR', () => {
    const csv = toCsv(
      ['name'],
      hostile.map((h) => [h]),
    );
    const cells = parseCsvRaw(csv)
      .slice(1)
      .map((r) => r[0]);
    for (const c of cells) expect(c).toMatch(/^'/);
  });
  it('come back unchanged through parseCsv, apostrophes of their own included', () => {
    const values = [...hostile, "'=already quoted", "it's fine", "'plain"];
    const back = parseCsv(
      toCsv(
        ['name'],
        values.map((v) => [v]),
      ),
    )
      .slice(1)
      .map((r) => r[0]);
    expect(back).toEqual(values);
  });
  it('leave numbers, negative ones too, as numbers', () => {
    const csv = toCsv(['a', 'b', 'c'], [[-5, '-12.5', '1e3']]);
    expect(csv.split('\r\n')[1]).toBe('-5,-12.5,1e3');
    expect(parseCsv(csv)[1]).toEqual(['-5', '-12.5', '1e3']);
  });
});

describe('CSV rows', () => {
  it('are numbered as a spreadsheet shows them: header 1, a blank line a row, a quoted line break not', () => {
    const rows = parseCsvRows('\uFEFFa,b\r\n1,"x\r\ny"\r\n\r\n2,z\n,\n3,w\n');
    expect(rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, 'a'],
      [2, '1'],
      [4, '2'],
      [6, '3'],
    ]);
  });
});

/** The cells as a spreadsheet sees them (quotes removed, nothing restored). */
function parseCsvRaw(csv: string): string[][] {
  return csv
    .trim()
    .split('\r\n')
    .map((line) => [line.startsWith('"') ? line.slice(1, -1).replace(/""/g, '"') : line]);
}
