// Parses CSV bytes into typed columns: numbers as Float64Array (NaN = NA), text as string arrays; no I/O.
import { CsvSyntaxError, type FieldCursor, isBlankLine, onlyBlankLeft, scanField } from './csv-scan.ts';
import { parseNumber, plainScan, scanPlainNumber } from './parse-number.ts';

// Local aliases for the per-field hot path (a CommonJS build would otherwise call them through getters).
const scanNum = scanPlainNumber;
const scanState = plainScan;
const scanText = scanField;

export type CsvColumn = Float64Array | (string | null)[];

/** Columns by name, in file order; every column has `nrow` entries. */
export interface CsvTable {
  nrow: number;
  names: string[];
  columns: Map<string, CsvColumn>;
  /** numeric columns where other missing-value tokens (n/a, N/A, ., -) were read as NA, with how many */
  naTokens: Map<string, number>;
}

/** Unquoted fields that mean "no value" in a numeric column besides R's empty field and NA: n/a, N/A, . and -. */
function isOtherNaToken(buf: Uint8Array, start: number, end: number): boolean {
  const len = end - start;
  if (len === 1) return buf[start] === 46 || buf[start] === 45;
  if (len !== 3 || buf[start + 1] !== 47) return false;
  const a = buf[start] | 0x20;
  const b = buf[start + 2] | 0x20;
  return a === 110 && b === 97 && (buf[start] === 110) === (buf[start + 2] === 97);
}

/** An input problem, already worded for the user (file, line, column). */
export class CsvError extends Error {}

/** Parses CSV bytes (UTF-8, an optional BOM); `source` names the input in error messages. */
export function parseCsv(buf: Uint8Array, source: string): CsvTable {
  const textColumns = new Set<number>();
  for (;;) {
    const result = tryParse(buf, source, textColumns);
    if (typeof result !== 'number') return result;
    textColumns.add(result);
  }
}

/** One parse; returns the index of a column that turned out to be text, to re-parse as such. */
function tryParse(buf: Uint8Array, source: string, textColumns: Set<number>): CsvTable | number {
  const cur: FieldCursor = { start: 0, end: 0, quoted: false, escaped: false, lastInRecord: false, line: 1 };
  let pos = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const names: string[] = [];
  const fail = (col: number, msg: string, line = cur.line): never => {
    const name = names[col - 1];
    const where = name === undefined ? `column ${col}` : `column ${col} (${name})`;
    throw new CsvError(`${source}: line ${line}, ${where}: ${msg}`);
  };
  try {
    if (pos >= buf.length || onlyBlankLeft(buf, pos)) throw new CsvError(`${source}: the file is empty`);
    do {
      pos = scanField(buf, pos, cur, names.length + 1);
      names.push(fieldText(buf, cur));
    } while (!cur.lastInRecord);
    const seen = new Set<string>();
    for (let i = 0; i < names.length; i++) {
      if (names[i] === '') fail(i + 1, 'empty column name in the header');
      if (seen.has(names[i])) fail(i + 1, `duplicate column name "${names[i]}"`);
      seen.add(names[i]);
    }
    const ncol = names.length;
    const cap = countLines(buf, pos) + 1;
    const nums: (Float64Array | null)[] = [];
    const naTokens = new Array<number>(ncol).fill(0);
    const texts: ((string | null)[] | null)[] = [];
    for (let j = 0; j < ncol; j++) {
      nums.push(textColumns.has(j) ? null : new Float64Array(cap));
      texts.push(textColumns.has(j) ? [] : null);
    }
    let row = 0;
    while (pos < buf.length) {
      cur.line++;
      if (isBlankLine(buf, pos)) {
        // Blank lines are skipped, as R's read.csv does.
        pos = buf[pos] === 13 && buf[pos + 1] === 10 ? pos + 2 : pos + 1;
        continue;
      }
      for (let j = 0; j < ncol; j++) {
        const num = nums[j];
        if (num !== null) {
          const fast = scanNum(buf, pos);
          if (fast !== undefined) {
            num[row] = fast;
            pos = scanState.end;
            const c = pos < buf.length ? buf[pos] : 10;
            const last = c !== 44;
            pos = c === 13 && buf[pos + 1] === 10 ? pos + 2 : pos + 1;
            if (last && j < ncol - 1) fail(j + 1, `expected ${ncol} fields, found ${j + 1}`);
            if (!last && j === ncol - 1) fail(ncol + 1, `expected ${ncol} fields, found more`);
            cur.lastInRecord = last;
            continue;
          }
        }
        pos = scanText(buf, pos, cur, j + 1);
        if (cur.lastInRecord && j < ncol - 1) fail(j + 1, `expected ${ncol} fields, found ${j + 1}`);
        if (num !== null) {
          if (cur.quoted) return j;
          const len = cur.end - cur.start;
          if (len === 0 || (len === 2 && buf[cur.start] === 78 && buf[cur.start + 1] === 65)) {
            num[row] = Number.NaN;
          } else {
            const v = parseNumber(buf, cur.start, cur.end);
            if (v !== undefined) num[row] = v;
            else if (isOtherNaToken(buf, cur.start, cur.end)) {
              num[row] = Number.NaN;
              naTokens[j]++;
            } else return j;
          }
        } else {
          const isNa =
            !cur.quoted &&
            (cur.end === cur.start ||
              (cur.end - cur.start === 2 && buf[cur.start] === 78 && buf[cur.start + 1] === 65));
          (texts[j] as (string | null)[]).push(isNa ? null : fieldText(buf, cur));
        }
      }
      if (!cur.lastInRecord) fail(ncol + 1, `expected ${ncol} fields, found more`);
      row++;
    }
    const columns = new Map<string, CsvColumn>();
    const tokens = new Map<string, number>();
    for (let j = 0; j < ncol; j++) {
      const num = nums[j];
      columns.set(names[j], num !== null ? num.slice(0, row) : (texts[j] as (string | null)[]));
      if (num !== null && naTokens[j] > 0) tokens.set(names[j], naTokens[j]);
    }
    return { nrow: row, names, columns, naTokens: tokens };
  } catch (e) {
    if (e instanceof CsvSyntaxError) fail(e.column, e.message, e.line);
    throw e;
  }
}

// ignoreBOM: a field's text is kept as written (the header's BOM is skipped before parsing)
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function fieldText(buf: Uint8Array, cur: FieldCursor): string {
  const s = utf8.decode(buf.subarray(cur.start, cur.end));
  return cur.escaped ? s.replaceAll('""', '"') : s;
}

function countLines(buf: Uint8Array, from: number): number {
  let count = 0;
  let p = buf.indexOf(10, from);
  while (p !== -1) {
    count++;
    p = buf.indexOf(10, p + 1);
  }
  return count;
}
