// Reads the benchmark's CSV file (plain or gzip) into a Frame with the package's own CSV reader.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type Frame, parseCsv } from '@kepu/stats';

export function readCsvFrame(path: string): Frame {
  const raw = readFileSync(path);
  const gzip = raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b;
  const table = parseCsv(gzip ? gunzipSync(raw) : raw, path);
  return { nrow: table.nrow, columns: table.columns };
}
