// Loads a CSV file (plain or .gz) as the Frame column store of @kepu/stats, with one-line errors.
import type { Frame } from '@kepu/stats';
import { CsvError, readCsvFile } from './csv-table.ts';
import { UsageError } from './usage-error.ts';

/** Reads `path` into a Frame; a problem becomes a UsageError naming the option (if any), file, line and column. */
export function readCsvFrame(path: string, option?: string): Frame {
  try {
    const table = readCsvFile(path);
    return { nrow: table.nrow, columns: table.columns };
  } catch (e) {
    if (e instanceof CsvError) throw new UsageError(option ? `${option}: ${e.message}` : e.message);
    throw e;
  }
}
