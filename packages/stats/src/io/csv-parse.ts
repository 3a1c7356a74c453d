// Reads CSV into typed columns: numbers as Float64Array (NaN = NA), text as string arrays. No I/O: bytes come
// whole (parseCsv) or as chunks from a source the caller opens (readCsv; @kepu/stats/node opens files).
import { CsvReader, type CsvReadOptions, type CsvTable } from './csv-reader.ts';

export { type CsvColumn, CsvError, type CsvReadOptions, type CsvTable } from './csv-reader.ts';

/** Parses CSV bytes (UTF-8, an optional BOM); `source` names the input in error messages. */
export function parseCsv(buf: Uint8Array, source: string, options?: CsvReadOptions): CsvTable {
  const text = new Set<number>();
  for (;;) {
    const reader = new CsvReader(source, options, text);
    reader.push(buf);
    const table = done(reader, text);
    if (table !== null) return table;
  }
}

/** Where the bytes of a CSV come from: each call starts again from the first byte. */
export type CsvChunks = () => Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * Reads a CSV chunk by chunk, so that only the columns live in memory, never the whole text. A numeric
 * column that turns out to hold text after the first chunk is read again as text in one more pass.
 */
export async function readCsv(open: CsvChunks, source: string, options?: CsvReadOptions): Promise<CsvTable> {
  const text = new Set<number>();
  for (;;) {
    const reader = new CsvReader(source, options, text);
    for await (const chunk of open()) reader.push(chunk);
    const table = done(reader, text);
    if (table !== null) return table;
  }
}

/** The pass's table, or null after adding the columns to read as text next time to `text`. */
function done(reader: CsvReader, text: Set<number>): CsvTable | null {
  const table = reader.finish();
  for (const j of reader.retype) text.add(j);
  return table;
}
