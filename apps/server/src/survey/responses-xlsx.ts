// An Excel file of survey responses read through the server's sheet worker (zip checks, memory cap, time limit): the
// first sheet, header in row 1, as the rows the CSV import takes, each with its spreadsheet row number.
import { DomainError } from '@kepu/domain';
import { readSheet } from '../indicators/xlsx/read-sheet.ts';

/** Columns a response sheet may have: the demographics, the PSU, a synthetic mark and up to ~100 items. */
const MAX_COLUMNS = 120;
/** Rows a response sheet may have (the header and 20,000 respondents). */
const MAX_ROWS = 20_001;

export async function readResponseSheet(data: Uint8Array): Promise<{ row: number; cells: string[] }[]> {
  const columns = Array.from({ length: MAX_COLUMNS }, (_, i) => i + 1);
  const sheet = await readSheet(data, { columns, firstRow: 1, maxRows: MAX_ROWS, maxColumns: MAX_COLUMNS });
  if ('problem' in sheet) {
    const { code, ...params } = sheet.problem;
    throw new DomainError(code, `the workbook cannot be read (${code})`, params);
  }
  // the header's width: cells to the right of its last title are not columns of the file
  const rows = sheet.rows[0]?.row === 1 ? sheet.rows : [{ row: 1, cells: [] }, ...sheet.rows];
  const head = rows[0].cells.map(String);
  let width = head.length;
  while (width > 0 && head[width - 1] === '') width--;
  return rows.map((r) => ({ row: r.row, cells: r.cells.slice(0, width).map(String) }));
}
