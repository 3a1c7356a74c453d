// Loads a CSV file (plain or .gz) as the Frame column store of @kepu/stats, with one-line errors.
import type { Frame } from '@kepu/stats';
import { CsvError, readCsvFile } from './csv-table.ts';
import { UsageError } from './usage-error.ts';

/**
 * Reads `path` into a Frame; a problem becomes a UsageError naming the option (if any), file, line and column.
 * `note` hears of numeric columns where n/a, N/A, . or - were read as missing values, one line per column.
 */
export function readCsvFrame(path: string, option?: string, note?: (line: string) => void): Frame {
  try {
    const table = readCsvFile(path);
    for (const [name, count] of table.naTokens)
      note?.(
        `column '${name}': ${count} value${count === 1 ? '' : 's'} written as n/a, N/A, . or - read as missing`,
      );
    return { nrow: table.nrow, columns: table.columns };
  } catch (e) {
    if (e instanceof CsvError) throw new UsageError(option ? `${option}: ${e.message}` : e.message);
    throw e;
  }
}
