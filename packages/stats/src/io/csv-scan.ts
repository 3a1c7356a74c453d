// Byte-level CSV scanner: walks a buffer field by field without building per-row objects.

export const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** Where the scanner is: the current field's bytes and whether it was quoted. */
export interface FieldCursor {
  /** Start (inclusive) and end (exclusive) byte offsets of the field's content. */
  start: number;
  end: number;
  quoted: boolean;
  /** Quoted field containing "" escapes: its text must be unescaped. */
  escaped: boolean;
  /** True when the field ended the record (newline or end of buffer). */
  lastInRecord: boolean;
  /** 1-based line where the field starts. */
  line: number;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the field starting at `pos` into `cur`; returns the offset after its delimiter. */
export function scanField(buf: Uint8Array, pos: number, cur: FieldCursor, column: number): number {
  const n = buf.length;
  cur.line = cur.line || 1;
  if (pos < n && buf[pos] === QUOTE) {
    const startLine = cur.line;
    let p = pos + 1;
    let escaped = false;
    for (;;) {
      if (p >= n) throw new CsvSyntaxError(startLine, column, 'unterminated quoted field');
      const c = buf[p];
      if (c === QUOTE) {
        if (p + 1 < n && buf[p + 1] === QUOTE) {
          escaped = true;
          p += 2;
          continue;
        }
        break;
      }
      if (c === LF) cur.line++;
      p++;
    }
    cur.start = pos + 1;
    cur.end = p;
    cur.quoted = true;
    cur.escaped = escaped;
    p++;
    return finishField(buf, p, cur, column);
  }
  let p = pos;
  while (p < n) {
    const c = buf[p];
    if (c === COMMA || c === LF || c === CR) break;
    if (c === QUOTE) throw new CsvSyntaxError(cur.line, column, 'quote inside an unquoted field');
    p++;
  }
  cur.start = pos;
  cur.end = p;
  cur.quoted = false;
  cur.escaped = false;
  return finishField(buf, p, cur, column);
}

function finishField(buf: Uint8Array, p: number, cur: FieldCursor, column: number): number {
  const n = buf.length;
  if (p >= n) {
    cur.lastInRecord = true;
    return n;
  }
  const c = buf[p];
  if (c === COMMA) {
    cur.lastInRecord = false;
    return p + 1;
  }
  if (c === CR) {
    cur.lastInRecord = true;
    return p + 1 < n && buf[p + 1] === LF ? p + 2 : p + 1;
  }
  if (c === LF) {
    cur.lastInRecord = true;
    return p + 1;
  }
  throw new CsvSyntaxError(cur.line, column, 'unexpected character after closing quote');
}

/** True when the bytes from `pos` to the end are only blank lines. */
export function onlyBlankLeft(buf: Uint8Array, pos: number): boolean {
  for (let p = pos; p < buf.length; p++) if (buf[p] !== LF && buf[p] !== CR) return false;
  return true;
}

/** True when the record starting at `pos` is an empty line. */
export function isBlankLine(buf: Uint8Array, pos: number): boolean {
  return pos < buf.length && (buf[pos] === LF || buf[pos] === CR);
}
