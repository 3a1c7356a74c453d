// Reads a CSV file (plain or gzip) from disk and parses it with the CSV reader of @kepu/stats.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CsvError, type CsvTable, parseCsv } from '@kepu/stats';

export { CsvError };

/** Reads a CSV file from disk; `.gz` files (or gzip magic bytes) are decompressed first. */
export function readCsvFile(path: string): CsvTable {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (e) {
    throw new CsvError(`${path}: cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let buf: Buffer = raw;
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      buf = gunzipSync(raw);
    } catch (e) {
      throw new CsvError(`${path}: not a valid gzip file (${(e as Error).message})`);
    }
  }
  return parseCsv(buf, path);
}
