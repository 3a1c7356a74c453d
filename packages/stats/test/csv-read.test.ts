// The CSV reader as a user meets it: columns typed from the data, quoting, line ends, a BOM, errors naming the line,
// only the columns asked for, and the same table whatever the chunks the bytes arrive in (files, gzip streams).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvTable, parseCsv, readCsv } from '../src/index.ts';
import { readCsvFile } from '../src/node.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseCsv(bytes(text), 'x.csv');

/** Reads `text` handed over in pieces of the given sizes (the last piece takes the rest). */
function inPieces(text: string, sizes: number[]): Promise<CsvTable> {
  const all = bytes(text);
  return readCsv(function* () {
    let pos = 0;
    for (const size of sizes) {
      yield all.subarray(pos, pos + size);
      pos += size;
    }
    yield all.subarray(pos);
  }, 'x.csv');
}

/** The table as plain values, so two reads can be compared. */
const plain = (t: CsvTable) => ({
  nrow: t.nrow,
  names: t.names,
  columns: [...t.columns].map(([name, col]) => [name, Array.from(col as ArrayLike<number | string | null>)]),
  naTokens: [...t.naTokens],
});

const tmp = mkdtempSync(join(tmpdir(), 'kepu-csv-read-'));

describe('reading a CSV', () => {
  it('types each column from its values: numbers, text, and a text column keeps the text as written', async () => {
    // 2,000 rows of numbers first, so that the text arrives in a later chunk than the first
    const rows = Array.from({ length: 2000 }, (_, i) => `${i % 7}.50,00${i % 3},${i}`);
    const text = `a,code,n\n${rows.join('\n')}\n1.25,B12,2000\n`;
    for (const t of [parse(text), await inPieces(text, [100, 1000, 4096])]) {
      expect(t.nrow).toBe(2001);
      expect((t.columns.get('a') as Float64Array)[1]).toBe(1.5);
      expect((t.columns.get('n') as Float64Array)[2000]).toBe(2000);
      const code = t.columns.get('code') as (string | null)[];
      expect(code.slice(0, 3)).toEqual(['000', '001', '002']);
      expect(code[2000]).toBe('B12');
    }
  });

  it('reads "", NA, n/a, N/A, . and - in a numeric column as missing, counting the ones R would not', async () => {
    const text = 'score,name\n610,a\nn/a,b\n,c\nNA,d\n.,e\n-,f\nN/A,g\n700,NA\n';
    for (const t of [parse(text), await inPieces(text, [13, 1, 9])]) {
      expect(Array.from(t.columns.get('score') as Float64Array)).toEqual([
        610,
        NaN,
        NaN,
        NaN,
        NaN,
        NaN,
        NaN,
        700,
      ]);
      expect([...t.naTokens]).toEqual([['score', 4]]);
      expect(t.columns.get('name')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', null]);
    }
    // a record cut inside a quoted field after its n/a is counted once, when it is whole
    const split = await inPieces('score,note\n610,a\nn/a,"two\nlines"\n700,b\n', [27]);
    expect([...split.naTokens]).toEqual([['score', 1]]);
    expect(split.columns.get('note')).toEqual(['a', 'two\nlines', 'b']);
  });

  it('keeps commas, line breaks and doubled quotes inside a quoted field', () => {
    const t = parse('id,remark,v\n1,"Panjin, Liaoning",2\n2,"two\nlines",3\n3,"say ""hi""",4\n4,"",5\n');
    expect(t.columns.get('remark')).toEqual(['Panjin, Liaoning', 'two\nlines', 'say "hi"', '']);
    expect(Array.from(t.columns.get('v') as Float64Array)).toEqual([2, 3, 4, 5]);
  });

  it('reads CRLF line ends and a UTF-8 byte order mark, which is not part of the first name', () => {
    const t = parse('\uFEFF地区,人数\r\n兴隆台区,12\r\n双台子区,8\r\n');
    expect(t.names).toEqual(['地区', '人数']);
    expect(t.columns.get('地区')).toEqual(['兴隆台区', '双台子区']);
    expect(Array.from(t.columns.get('人数') as Float64Array)).toEqual([12, 8]);
  });

  it('names the line of a malformed row, counting the line breaks inside quoted fields', () => {
    expect(() => parse('a,b\n1,"x\ny"\n2,3,4\n')).toThrow(
      'x.csv: line 4, column 3: expected 2 fields, found more',
    );
    expect(() => parse('a,b\n1,2\n\n3\n')).toThrow('x.csv: line 4, column 1 (a): expected 2 fields, found 1');
    expect(() => parse('a,b\n1,"x"y\n')).toThrow(
      'x.csv: line 2, column 2 (b): unexpected character after closing quote',
    );
    expect(() => parse('a,b\n1,x"y\n')).toThrow(
      'x.csv: line 2, column 2 (b): quote inside an unquoted field',
    );
    expect(() => parse('a,a\n1,2\n')).toThrow('x.csv: line 1, column 2 (a): duplicate column name "a"');
    expect(() => parse('\n\n')).toThrow('x.csv: the file is empty');
  });

  it('reads only the columns asked for, and still finds a malformed row in the others', () => {
    const t = parseCsv(bytes('a,b,c\n1,x,3\n4,y,6\n'), 'x.csv', { columns: ['c', 'a'] });
    expect(t.names).toEqual(['a', 'c']);
    expect([...t.columns.keys()]).toEqual(['a', 'c']);
    expect(Array.from(t.columns.get('c') as Float64Array)).toEqual([3, 6]);
    expect(() => parseCsv(bytes('a,b\n1,"x\n'), 'x.csv', { columns: ['a'] })).toThrow(
      'x.csv: line 2, column 2 (b): unterminated quoted field',
    );
  });

  it('gives the same table whatever pieces the bytes arrive in', async () => {
    const field = fc.oneof(
      fc.constantFrom('', 'NA', 'n/a', '.', '-', '1', '-2.5', '1e3', '0.1', '33.84699630737305'),
      fc
        .string({ unit: fc.constantFrom('a', ',', '\n', '"', '\r', '盘', ' '), maxLength: 6 })
        .map((s) => `"${s.replaceAll('"', '""')}"`),
    );
    const csv = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.boolean(), fc.boolean())
      .chain(([ncol, crlf, bom, lastEol]) =>
        fc.array(fc.array(field, { minLength: ncol, maxLength: ncol }), { maxLength: 12 }).map((rows) => {
          const eol = crlf ? '\r\n' : '\n';
          const header = Array.from({ length: ncol }, (_, j) => `c${j}`).join(',');
          const body = rows.map((r) => r.join(',')).join(eol);
          return `${bom ? '\uFEFF' : ''}${header}${rows.length > 0 ? eol + body : ''}${lastEol ? eol : ''}`;
        }),
      );
    await fc.assert(
      fc.asyncProperty(
        csv,
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 30 }),
        async (text, sizes) => {
          expect(plain(await inPieces(text, sizes))).toEqual(plain(parse(text)));
        },
      ),
    );
  });
});

describe('reading a CSV file', () => {
  const text = `school,score\n${Array.from({ length: 50_000 }, (_, i) => `${i},${i % 10 === 0 ? 'n/a' : 500 + (i % 300)}`).join('\n')}\n`;
  const plainFile = join(tmp, 'scores.csv');
  const gzFile = join(tmp, 'scores.csv.gz');
  writeFileSync(plainFile, text);
  writeFileSync(gzFile, gzipSync(text));

  it('reads a .csv.gz through gunzip to the same columns and counts as the plain file', async () => {
    const fromGz = await readCsvFile(gzFile);
    expect(fromGz.nrow).toBe(50_000);
    expect([...fromGz.naTokens]).toEqual([['score', 5000]]);
    expect(plain(fromGz)).toEqual(plain(await readCsvFile(plainFile)));
    expect(plain(fromGz)).toEqual(plain(parse(text)));
  });

  it('refuses a cut-off .csv.gz instead of returning the rows before the cut', async () => {
    const whole = gzipSync(text);
    const cut = join(tmp, 'cut.csv.gz');
    writeFileSync(cut, whole.subarray(0, whole.length >> 1));
    await expect(readCsvFile(cut)).rejects.toThrow(`${cut}: not a valid gzip file (unexpected end of file)`);
  });

  it('names a file it cannot read', async () => {
    const missing = join(tmp, 'missing.csv');
    await expect(readCsvFile(missing)).rejects.toThrow(`${missing}: cannot read file (ENOENT)`);
  });
});
