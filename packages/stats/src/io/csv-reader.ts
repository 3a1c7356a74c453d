// The CSV engine: takes the bytes chunk by chunk and fills typed columns; numbers are parsed from the bytes, text
// cells share strings per column, columns not asked for are only scanned. No I/O: callers push the chunks.
import { CsvSyntaxError, type FieldCursor, INCOMPLETE, scanField as scanFieldImported } from './csv-scan.ts';
import { decode, TextInterner } from './csv-text.ts';
import { POW10 as POW10_IMPORTED, parseNumber as parseNumberImported, TWO_53 } from './parse-number.ts';

// Local copies for the per-field loop: a module transformed to CommonJS (tsx, vitest) reads imports through getters.
const COMMA = 44;
const LF = 10;
const CR = 13;
const MAX_MANTISSA = TWO_53;
const POW10 = POW10_IMPORTED;
const scanField = scanFieldImported;
const parseNumber = parseNumberImported;

export type CsvColumn = Float64Array | (string | null)[];

/** Columns by name, in file order; every column has `nrow` entries. */
export interface CsvTable {
  nrow: number;
  /** the names of the columns read (all of the header's unless `columns` chose some) */
  names: string[];
  columns: Map<string, CsvColumn>;
  /** numeric columns where other missing-value tokens (n/a, N/A, ., -) were read as NA, with how many */
  naTokens: Map<string, number>;
}

export interface CsvReadOptions {
  /** Read only these columns (the others are checked for syntax, not stored); every column when absent. */
  columns?: Iterable<string>;
  /** About how many bytes the CSV text has: columns are then sized once from the first rows, not doubled. */
  sizeHint?: number;
}

/** An input problem, already worded for the user (file, line, column). */
export class CsvError extends Error {}

const NUMBER = 0;
const TEXT = 1;
const SKIP = 2;
/** A column found to hold text after its earlier cells were stored as numbers: read again as text. */
const RETYPED = 3;
/** What the general path of a field returns when the chunk must be read again (see `toText`). */
const RESTART = -2;

/** Unquoted fields that mean "no value" in a numeric column besides R's empty field and NA: n/a, N/A, . and -. */
function isOtherNaToken(buf: Uint8Array, start: number, end: number): boolean {
  const len = end - start;
  if (len === 1) return buf[start] === 46 || buf[start] === 45;
  if (len !== 3 || buf[start + 1] !== 47) return false;
  const a = buf[start] | 0x20;
  const b = buf[start + 2] | 0x20;
  return a === 110 && b === 97 && (buf[start] === 110) === (buf[start + 2] === 97);
}

const isNa = (buf: Uint8Array, start: number, end: number): boolean =>
  end === start || (end - start === 2 && buf[start] === 78 && buf[start + 1] === 65);

/**
 * One pass over a CSV: `push` each chunk of bytes, then `finish`. A numeric column that meets text in the
 * first chunk is re-read from that chunk as text; later, the pass goes on and `finish` returns the columns
 * to read as text in another pass (`retype`), since the earlier cells' text is gone.
 */
export class CsvReader {
  private pending: Uint8Array | null = null;
  private names: string[] | null = null;
  private kinds: Uint8Array = new Uint8Array(0);
  private nums: Float64Array[] = [];
  private texts: (string | null)[][] = [];
  private interners: TextInterner[] = [];
  private tokens: number[] = [];
  private cap = 0;
  private row = 0;
  private line = 1;
  private readonly cur: FieldCursor = { start: 0, end: 0, quoted: false, escaped: false, newlines: 0 };
  private readonly wanted: Set<string> | null;
  private readonly sizeHint: number;
  /** Columns that met text after the first chunk. */
  readonly retype = new Set<number>();

  constructor(
    private readonly source: string,
    options: CsvReadOptions = {},
    /** Columns known to be text (from an earlier pass). */
    private readonly textColumns: ReadonlySet<number> = new Set(),
  ) {
    this.wanted = options.columns ? new Set(options.columns) : null;
    this.sizeHint = options.sizeHint ?? 0;
  }

  push(chunk: Uint8Array): void {
    this.take(chunk, false);
  }

  /** The table, or null when columns in `retype` must be read again as text. */
  finish(): CsvTable | null {
    this.take(new Uint8Array(0), true);
    if (this.retype.size > 0) return null;
    const names = this.names as string[];
    const columns = new Map<string, CsvColumn>();
    const naTokens = new Map<string, number>();
    for (let j = 0; j < names.length; j++) {
      const kind = this.kinds[j];
      if (kind === TEXT) {
        this.texts[j].length = this.row;
        columns.set(names[j], this.texts[j]);
      }
      if (kind !== NUMBER) continue;
      const num = this.nums[j];
      // unused slots (up to a third, when the size hint overestimated the rows) are cheaper than a copy
      columns.set(
        names[j],
        this.cap - this.row < this.cap / 3 ? num.subarray(0, this.row) : num.slice(0, this.row),
      );
      if (this.tokens[j] > 0) naTokens.set(names[j], this.tokens[j]);
    }
    return { nrow: this.row, names: [...columns.keys()], columns, naTokens };
  }

  private take(chunk: Uint8Array, final: boolean): void {
    let buf = chunk;
    if (this.pending !== null) {
      buf = new Uint8Array(this.pending.length + chunk.length);
      buf.set(this.pending);
      buf.set(chunk, this.pending.length);
      this.pending = null;
    }
    let pos = 0;
    if (this.names === null) {
      if (!final && buf.length < 3) {
        this.pending = buf.slice();
        return;
      }
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
    }
    const limit = buf.lastIndexOf(LF) + 1;
    if (limit > pos) pos = this.records(buf, pos, limit, false);
    if (pos < buf.length && final) {
      // the last record without its line end, or one left incomplete: parse it alone, ended by a line feed
      const tail = new Uint8Array(buf.length - pos + 1);
      tail.set(buf.subarray(pos));
      tail[tail.length - 1] = LF;
      this.records(tail, 0, tail.length, true);
    } else if (pos < buf.length) this.pending = buf.slice(pos);
    if (final && this.names === null) throw new CsvError(`${this.source}: the file is empty`);
  }

  /** Reads the header if not yet read, then records, from `pos` up to `limit` (just after a line feed). */
  private records(buf: Uint8Array, pos: number, limit: number, final: boolean): number {
    if (this.names === null) {
      pos = this.header(buf, pos, limit, final);
      if (this.names === null) return pos;
    }
    const firstChunk = this.row === 0 && this.retype.size === 0;
    const from = pos;
    const line = this.line;
    for (;;) {
      const end = this.rows(buf, pos, limit, final, firstChunk);
      if (end >= 0) return end;
      // a numeric column met text in the first chunk: read the chunk again with it as text
      this.row = 0;
      this.line = line;
      this.tokens.fill(0);
      pos = from;
    }
  }

  private header(buf: Uint8Array, pos: number, limit: number, final: boolean): number {
    let p = pos;
    // blank lines before the header are skipped, as R does
    while (p < limit && (buf[p] === LF || buf[p] === CR)) {
      if (buf[p] === LF) this.line++;
      p++;
    }
    if (p >= limit) return p;
    const start = p;
    const names: string[] = [];
    const cur = this.cur;
    let lines = 0;
    for (;;) {
      let d: number;
      try {
        d = scanField(buf, p, limit, final, cur);
      } catch (e) {
        if (e instanceof CsvSyntaxError)
          this.fail(this.line + lines + e.lineOffset, names.length, e.message, names);
        throw e;
      }
      if (d === INCOMPLETE) return start;
      names.push(decode(buf, cur.start, cur.end, cur.escaped));
      lines += cur.newlines;
      p = d + 1;
      if (buf[d] !== COMMA) {
        if (buf[d] === CR && buf[p] === LF) p++;
        break;
      }
    }
    const seen = new Set<string>();
    names.forEach((name, j) => {
      if (name === '') this.fail(this.line, j, 'empty column name in the header', names);
      if (seen.has(name)) this.fail(this.line, j, `duplicate column name "${name}"`, names);
      seen.add(name);
    });
    this.line += lines + 1;
    this.names = names;
    const ncol = names.length;
    this.kinds = new Uint8Array(ncol);
    this.tokens = new Array<number>(ncol).fill(0);
    this.cap = 1024;
    for (let j = 0; j < ncol; j++) {
      const kind =
        this.wanted !== null && !this.wanted.has(names[j]) ? SKIP : this.textColumns.has(j) ? TEXT : NUMBER;
      this.kinds[j] = kind;
      this.nums.push(new Float64Array(kind === NUMBER ? this.cap : 0));
      this.texts.push([]);
      this.interners.push(new TextInterner());
    }
    return p;
  }

  /**
   * Reads whole records from `pos` while they end before `limit`; returns where the first one that does not
   * starts, or -1 when a numeric column of the first chunk met text (now marked TEXT).
   */
  private rows(buf: Uint8Array, pos: number, limit: number, final: boolean, firstChunk: boolean): number {
    const ncol = this.kinds.length;
    const last = ncol - 1;
    const from = pos;
    const kinds = this.kinds;
    const cur = this.cur;
    let row = this.row;
    let line = this.line;
    let nums = this.nums;
    while (pos < limit) {
      let c = buf[pos];
      if (c === LF || c === CR) {
        // blank lines are skipped, as R's read.csv does
        pos += c === CR && buf[pos + 1] === LF ? 2 : 1;
        line++;
        continue;
      }
      if (row === this.cap) nums = this.grow(firstChunk ? (pos - from) / row : 0);
      const recordStart = pos;
      let lines = 0;
      for (let j = 0; j < ncol; j++) {
        const kind = kinds[j];
        let d = -1;
        if (kind === NUMBER) {
          // the common field: an unquoted decimal of at most 16 digits, parsed in place
          let p = pos;
          c = buf[p];
          const neg = c === 45;
          if (neg) c = buf[++p];
          let mant = 0;
          let digits = 0;
          let scale = 0;
          while (c >= 48 && c <= 57) {
            mant = mant * 10 + (c - 48);
            digits++;
            c = buf[++p];
          }
          if (c === 46) {
            c = buf[++p];
            while (c >= 48 && c <= 57) {
              mant = mant * 10 + (c - 48);
              digits++;
              scale--;
              c = buf[++p];
            }
          }
          if ((c === COMMA || c === LF || c === CR) && digits > 0 && mant < MAX_MANTISSA && scale >= -22) {
            const v = scale === 0 ? mant : mant / POW10[-scale];
            nums[j][row] = neg ? -v : v;
            d = p;
          }
        }
        if (d < 0) {
          d = this.field(buf, pos, limit, final, j, row, line + lines, firstChunk);
          if (d === INCOMPLETE) {
            this.undoTokens(buf, recordStart, j);
            this.row = row;
            this.line = line;
            return recordStart;
          }
          if (d === RESTART) return -1;
          lines += cur.newlines;
        }
        c = buf[d];
        if (c === COMMA) {
          if (j === last) this.fail(line + lines, ncol, `expected ${ncol} fields, found more`);
          pos = d + 1;
        } else {
          if (j !== last) this.fail(line + lines, j, `expected ${ncol} fields, found ${j + 1}`);
          pos = c === CR && buf[d + 1] === LF ? d + 2 : d + 1;
        }
      }
      line += lines + 1;
      row++;
    }
    this.row = row;
    this.line = line;
    return pos;
  }

  /**
   * The general path of one field (quoted, text, skipped, missing, or a number the in-place parser leaves):
   * returns the offset of its delimiter, INCOMPLETE, or RESTART when a numeric column of the first chunk met text.
   */
  private field(
    buf: Uint8Array,
    pos: number,
    limit: number,
    final: boolean,
    j: number,
    row: number,
    line: number,
    firstChunk: boolean,
  ): number {
    const cur = this.cur;
    const kind = this.kinds[j];
    let d: number;
    try {
      d = scanField(buf, pos, limit, final, cur);
    } catch (e) {
      if (e instanceof CsvSyntaxError) this.fail(line + e.lineOffset, j, e.message);
      throw e;
    }
    if (d === INCOMPLETE) return d;
    if (kind === NUMBER) {
      const { start, end } = cur;
      let v = Number.NaN;
      if (cur.quoted) {
        if (this.toText(j, firstChunk)) return RESTART;
      } else if (!isNa(buf, start, end)) {
        const parsed = parseNumber(buf, start, end);
        if (parsed !== undefined) v = parsed;
        else if (isOtherNaToken(buf, start, end)) this.tokens[j]++;
        else if (this.toText(j, firstChunk)) return RESTART;
      }
      this.nums[j][row] = v;
    } else if (kind === TEXT) {
      const { start, end } = cur;
      this.texts[j][row] =
        !cur.quoted && isNa(buf, start, end) ? null : this.interners[j].text(buf, start, end, cur.escaped);
    }
    return d;
  }

  /** Column j holds text: true when the chunk must be read again, else it is left for the next pass. */
  private toText(j: number, firstChunk: boolean): boolean {
    this.nums[j] = new Float64Array(0);
    if (firstChunk) {
      this.kinds[j] = TEXT;
      return true;
    }
    this.kinds[j] = RETYPED;
    this.retype.add(j);
    return false;
  }

  /** Takes back the missing-value tokens counted in the fields before column `upTo` of an unfinished record. */
  private undoTokens(buf: Uint8Array, pos: number, upTo: number): void {
    const cur = this.cur;
    for (let j = 0; j < upTo; j++) {
      const d = scanField(buf, pos, buf.length, false, cur);
      if (this.kinds[j] === NUMBER && !cur.quoted && isOtherNaToken(buf, cur.start, cur.end))
        this.tokens[j]--;
      pos = d + 1;
    }
  }

  /** Room for more rows: twice as many, or what `sizeHint` leaves room for at `bytesPerRow` (0: unknown). */
  private grow(bytesPerRow: number): Float64Array[] {
    const expected = bytesPerRow > 0 ? Math.ceil((this.sizeHint / bytesPerRow) * 1.02) : 0;
    this.cap = Math.max(this.cap * 2, expected);
    this.nums = this.nums.map((num, j) => {
      if (this.kinds[j] !== NUMBER) return num;
      const bigger = new Float64Array(this.cap);
      bigger.set(num);
      return bigger;
    });
    return this.nums;
  }

  private fail(line: number, j: number, msg: string, names = this.names ?? []): never {
    const name = names[j];
    const where = name === undefined ? `column ${j + 1}` : `column ${j + 1} (${name})`;
    throw new CsvError(`${this.source}: line ${line}, ${where}: ${msg}`);
  }
}
