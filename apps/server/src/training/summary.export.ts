// The year's training summary per programme as a workbook and as CSV (UTF-8 with a BOM, for Excel), Chinese only as
// the office circulates it; demo data says so in the title.
import { toCsv } from '@kepu/domain/indicators';
import type { SummaryRow, yearSummary } from '@kepu/domain/training';
import { trnLabels } from '@kepu/domain/training/labels';
import ExcelJS from 'exceljs';

type Summary = Awaited<ReturnType<typeof yearSummary>>;
const words = trnLabels.zh;
const head = ['培训类别', '课程（个）', '办结场次', '培训学时', '培训人数', '结业人数', '结业率（%）'];
const cells = (r: SummaryRow) => [
  r.programme === 'total' ? '合计' : words.programmes[r.programme],
  r.courses,
  r.sessions,
  r.hours,
  r.trainees,
  r.completed,
  r.completionRate,
];
export const summaryTitle = (s: Summary) => `${s.year} 年培训记录汇总${s.demo ? '（含示例数据）' : ''}`;
export const summaryFileName = (s: Summary, ext: 'xlsx' | 'csv') => `培训记录汇总-${s.year}.${ext}`;

export async function summaryWorkbook(s: Summary): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kepu';
  const ws = wb.addWorksheet('按培训类别', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.addRow([summaryTitle(s)]).font = { bold: true, size: 13 };
  ws.addRow(head).font = { bold: true };
  ws.columns = [34, 12, 12, 12, 12, 12, 14].map((width) => ({ width }));
  for (const r of s.rows) ws.addRow(cells(r));
  ws.addRow(cells(s.total)).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const summaryCsv = (s: Summary) => `\uFEFF${toCsv(head, [...s.rows, s.total].map(cells))}`;
