// Hostile workbooks cannot stall or exhaust the server: a zip bomb, too many parts, a cell at row 1,048,576, thousands
// of rows and a parse that runs too long are each refused with a code naming the problem; a filled template reads.
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet, type SheetRequest } from '../src/indicators/xlsx/read-sheet.ts';
import { inspectXlsxZip } from '../src/indicators/xlsx/zip-inspect.ts';

const request: SheetRequest = { sheet: '科普统计', columns: [1, 2, 5], firstRow: 5, maxRows: 400 };

async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('科普统计');
  ws.getCell('B2').value = 'U001';
  ws.getCell('D2').value = 2025;
  fill(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A zip holding the given parts, deflated, with a correct directory (CRCs are not checked before refusal). */
function zip(parts: [string, Buffer][]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const packed = deflateRawSync(data, { level: 9 });
    const n = Buffer.from(name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(n.length, 26);
    local.push(head, n, packed);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(n.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, n);
    offset += 30 + n.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, dir, end]));
}

describe('reading an uploaded workbook safely', { timeout: 60_000 }, () => {
  it('reads a filled template: the head cells and each row’s code, option and value', async () => {
    const data = await workbook((ws) => {
      ws.getRow(5).values = ['P01', '', '专职科普人员', '人', 12];
      ws.getRow(6).values = ['P02', 'F', '兼职科普人员', '人', '7'];
    });
    expect(await readSheet(data, request)).toEqual({
      head: { B2: 'U001', D2: '2025' },
      rows: [
        { row: 5, cells: ['P01', '', 12] },
        { row: 6, cells: ['P02', 'F', '7'] },
      ],
    });
  });

  it('refuses a 100 MB sheet packed into a small file before inflating it', () => {
    const bomb = zip([['xl/worksheets/sheet1.xml', Buffer.alloc(100 * 1024 * 1024, 0x20)]]);
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    expect(inspectXlsxZip(bomb)).toMatchObject({ code: 'ind.xlsx.too_large' });
  });

  it('refuses a part that inflates far beyond what text compresses to', () => {
    const bomb = zip([['xl/worksheets/sheet1.xml', Buffer.alloc(20 * 1024 * 1024, 0x20)]]);
    expect(inspectXlsxZip(bomb)).toMatchObject({
      code: 'ind.xlsx.bomb',
      part: 'xl/worksheets/sheet1.xml',
    });
  });

  it('refuses a zip with thousands of parts, and a file that is not a zip', () => {
    const many = zip(
      Array.from({ length: 600 }, (_, i) => [`p${i}.xml`, Buffer.from('<a/>')] as [string, Buffer]),
    );
    expect(inspectXlsxZip(many)).toMatchObject({ code: 'ind.xlsx.too_many_parts', entries: 600 });
    expect(inspectXlsxZip(new TextEncoder().encode('code,value\nP01,1\n'))).toEqual({
      code: 'ind.xlsx.not_a_workbook',
    });
  });

  it('refuses a sheet whose one cell sits at row 1,048,576 without walking a million rows', async () => {
    const data = await workbook((ws) => {
      ws.getCell('A1048576').value = 'P01';
    });
    expect(data.byteLength).toBeLessThan(20 * 1024);
    expect(await readSheet(data, request)).toEqual({
      problem: { code: 'ind.xlsx.too_many_rows', rows: 1_048_576, limit: 400 },
    });
  });

  it('refuses more filled rows than the template has', async () => {
    const data = await workbook((ws) => {
      for (let r = 5; r < 5 + 5_000; r++) ws.getRow(r).values = [`X${r}`, '', '', '', r];
    });
    expect(await readSheet(data, request)).toMatchObject({
      problem: { code: 'ind.xlsx.too_many_rows' },
    });
  });

  it('stops a parse that runs past its time limit and one that runs out of memory, and reads the next upload as usual', async () => {
    const data = await workbook((ws) => {
      ws.getRow(5).values = ['P01', '', '', '', 1];
    });
    expect(await readSheet(data, request, { timeMs: 1, heapMb: 384 })).toEqual({
      problem: { code: 'ind.xlsx.too_slow', seconds: 0.001 },
    });
    expect(await readSheet(data, request, { timeMs: 20_000, heapMb: 2 })).toMatchObject({
      problem: { code: 'ind.xlsx.too_large' },
    });
    // the worker that ran out of time was replaced: the next upload reads as usual
    expect(await readSheet(data, request, { timeMs: 1, heapMb: 384 })).toMatchObject({
      problem: { code: 'ind.xlsx.too_slow' },
    });
    expect(await readSheet(data, request, { timeMs: 20_000, heapMb: 384 })).toMatchObject({
      rows: [{ row: 5 }],
    });
  });

  it('says which sheet is missing and when the bytes are not a workbook', async () => {
    const other = await workbook(() => {});
    expect(await readSheet(other, { ...request, sheet: '别的表' })).toEqual({
      problem: { code: 'ind.xlsx.no_sheet', sheet: '别的表' },
    });
  });
});
