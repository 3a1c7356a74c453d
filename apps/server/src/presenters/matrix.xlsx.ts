// The responsibility matrix as an Excel workbook: tasks down, units across, ● lead / ○ responsible.
import type { PlanBundle, ResponsibilityMatrix } from '@kepu/domain';
import ExcelJS from 'exceljs';

const mark = { lead: '●', responsible: '○' } as const;
const fill = { lead: 'FF1F6FB2', responsible: 'FFDCEBFA' } as const;

export async function matrixWorkbook(b: PlanBundle, m: ResponsibilityMatrix): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kepu';
  const ws = wb.addWorksheet('责任矩阵', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  ws.addRow(['任务', '标题', ...m.units.map((u) => u.name)]);
  ws.getRow(1).font = { bold: true };
  const col = new Map(m.units.map((u, i) => [u.id, i + 3]));
  for (const t of m.tasks) {
    const row = ws.addRow([t.number, t.title]);
    for (const c of m.cells.filter((x) => x.taskNumber === t.number)) {
      const cell = row.getCell(col.get(c.unitId) as number);
      cell.value = mark[c.role];
      cell.alignment = { horizontal: 'center' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill[c.role] } };
      if (c.role === 'lead') cell.font = { color: { argb: 'FFFFFFFF' }, bold: true };
    }
  }
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 40;
  const legend = wb.addWorksheet('说明');
  legend.addRows([
    ['计划', `${b.plan.title}（第 ${b.plan.version} 版）`],
    [mark.lead, '牵头单位'],
    [mark.responsible, '责任单位'],
    ['任务数', m.tasks.length],
    ['单位数', m.units.length],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
