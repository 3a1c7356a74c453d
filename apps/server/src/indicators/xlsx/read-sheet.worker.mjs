// Parses sheets of uploaded workbooks off the server's event loop, one request at a time (plain JS: a worker has no
// TypeScript loader). Refuses a sheet larger than the template can be before walking it; returns only the cells asked for.
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';

const text = (v) =>
  v === null || v === undefined
    ? ''
    : typeof v === 'object' && 'result' in v
      ? String(v.result ?? '')
      : typeof v === 'object' && 'richText' in v
        ? v.richText
            .map((t) => t.text)
            .join('')
            .trim()
        : String(v).trim();

async function read({ data, sheet, maxRows, maxColumns, firstRow, columns }) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data);
  } catch {
    return { problem: { code: 'ind.xlsx.not_a_workbook' } };
  }
  const ws = wb.getWorksheet(sheet);
  if (!ws) return { problem: { code: 'ind.xlsx.no_sheet', sheet } };
  // rowCount is the last used row (a single cell at row 1,048,576 makes it huge); actualRowCount counts rows with values
  if (ws.actualRowCount > maxRows || ws.rowCount > maxRows * 4)
    return { problem: { code: 'ind.xlsx.too_many_rows', rows: ws.rowCount, limit: maxRows } };
  if (ws.columnCount > maxColumns)
    return {
      problem: { code: 'ind.xlsx.too_many_columns', columns: ws.columnCount, limit: maxColumns },
    };
  const rows = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r < firstRow) return;
    const cells = columns.map((c) => row.getCell(c).value);
    rows.push({
      row: r,
      cells: cells.map((v, k) => (k === cells.length - 1 && typeof v === 'number' ? v : text(v))),
    });
  });
  return { head: { B2: text(ws.getCell('B2').value), D2: text(ws.getCell('D2').value) }, rows };
}

parentPort.on('message', ({ id, request }) =>
  read(request).then(
    (result) => parentPort.postMessage({ id, result }),
    () => parentPort.postMessage({ id, result: { problem: { code: 'ind.xlsx.not_a_workbook' } } }),
  ),
);
