// Byte-level CSV scanning of one field: where its content is, whether it was quoted, where its delimiter is.

const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/** The field the scanner last read. */
export interface FieldCursor {
  /** Start (inclusive) and end (exclusive) byte offsets of the field's content. */
  start: number;
  end: number;
  quoted: boolean;
  /** Quoted field containing "" escapes: its text must be unescaped. */
  escaped: boolean;
  /** Line breaks inside the (quoted) field. */
  newlines: number;
}

/** A syntax problem at a 0-based field offset of the record; the reader words it with file, line and column. */
export class CsvSyntaxError extends Error {
  constructor(
    /** Lines from the record's first line to where the problem is. */
    readonly lineOffset: number,
    message: string,
  ) {
    super(message);
  }
}

/** A quoted field that runs past `limit` while more bytes may follow. */
export const INCOMPLETE = -1;

/**
 * Reads the field starting at `pos` into `cur` and returns the offset of the comma, CR or LF that ends it.
 * Bytes up to `limit` are there, and buf[limit - 1] is a line feed, so every unquoted field ends before `limit`;
 * a quoted field still open at `limit` returns INCOMPLETE unless `final`, when it is an error.
 */
export function scanField(
  buf: Uint8Array,
  pos: number,
  limit: number,
  final: boolean,
  cur: FieldCursor,
): number {
  cur.newlines = 0;
  if (buf[pos] !== QUOTE) {
    let p = pos;
    let c = buf[p];
    while (c !== COMMA && c !== LF && c !== CR) {
      if (c === QUOTE) throw new CsvSyntaxError(0, 'quote inside an unquoted field');
      c = buf[++p];
    }
    cur.start = pos;
    cur.end = p;
    cur.quoted = false;
    cur.escaped = false;
    return p;
  }
  let p = pos + 1;
  let escaped = false;
  for (;;) {
    if (p >= limit) {
      if (!final) return INCOMPLETE;
      throw new CsvSyntaxError(0, 'unterminated quoted field');
    }
    const c = buf[p];
    if (c === QUOTE) {
      if (buf[p + 1] !== QUOTE) break;
      escaped = true;
      p += 2;
      continue;
    }
    if (c === LF) cur.newlines++;
    p++;
  }
  cur.start = pos + 1;
  cur.end = p;
  cur.quoted = true;
  cur.escaped = escaped;
  const after = buf[p + 1];
  if (after !== COMMA && after !== LF && after !== CR)
    throw new CsvSyntaxError(cur.newlines, 'unexpected character after closing quote');
  return p + 1;
}
