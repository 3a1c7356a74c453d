// The unit's Excel template (one row per item and breakdown option) and reading a filled workbook back:
// every problem names the sheet, the cell and, for a rule, the rule; a workbook with any problem changes nothing.

import type { IndUnit } from '@kepu/db';
import { checkRules, type FormDefinition, normaliseCells, type RawCell, type ValueCell } from '@kepu/domain';
import ExcelJS from 'exceljs';

export const SHEET = '科普统计';
const FIRST_ROW = 5;

export interface WorkbookIssue {
  sheet: string;
  cell: string;
  item?: string;
  rule?: string;
  message: string;
}

export async function templateWorkbook(
  form: FormDefinition,
  unit: IndUnit,
  values: ValueCell[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kepu';
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: FIRST_ROW - 1 }] });
  ws.getCell('A1').value = form.title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getRow(2).values = ['单位代码', unit.code, '年度', form.year, '单位名称', unit.name];
  ws.getRow(3).values = [
    '请只填写 E 列“数值”;不要改动 A、B 列的代码。Fill in column E only; keep the codes in columns A and B.',
  ];
  ws.getRow(4).values = ['代码 Code', '细分 Option', '指标 Item', '单位 Unit', '数值 Value'];
  ws.getRow(4).font = { bold: true };
  const valueOf = new Map(values.map((v) => [`${v.item}/${v.option}`, v.value ?? v.text ?? null]));
  for (const item of form.items.filter((i) => !i.retired)) {
    const options = item.breakdown
      ? (form.breakdowns.find((b) => b.code === item.breakdown)?.options ?? [])
      : [null];
    for (const o of options) {
      const row = ws.addRow([
        item.code,
        o?.code ?? '',
        o ? `${item.zh}(${o.zh})` : item.zh,
        item.unit,
        valueOf.get(`${item.code}/${o?.code ?? ''}`) ?? null,
      ]);
      row.getCell(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7E0' } };
      if (item.parent) row.getCell(3).alignment = { indent: 2 };
    }
  }
  ws.getColumn(1).width = 10;
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 48;
  ws.getColumn(4).width = 8;
  ws.getColumn(5).width = 18;
  const rules = wb.addWorksheet('审核规则 Rules');
  rules.addRow(['规则 Rule', '左 Left', '关系 Op', '右 Right', '类型 Kind', '说明 Reason']);
  rules.getRow(1).font = { bold: true };
  for (const r of form.rules.filter((x) => !x.retired))
    rules.addRow([r.code, r.left, r.op, r.right, r.severity === 'hard' ? '强制 hard' : '需说明 soft', r.zh]);
  rules.getColumn(6).width = 60;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads a filled template; returns the cells, or the issues (sheet, cell, rule) when anything is wrong. */
export async function readWorkbook(form: FormDefinition, unit: IndUnit, data: Buffer) {
  const issues: WorkbookIssue[] = [];
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return {
      cells: [],
      issues: [{ sheet: '', cell: '', message: 'not an Excel (.xlsx) workbook' }],
      warnings: [],
    };
  }
  const ws = wb.getWorksheet(SHEET);
  if (!ws)
    return {
      cells: [],
      issues: [{ sheet: SHEET, cell: '', message: `no sheet named ${SHEET}: use the downloaded template` }],
      warnings: [],
    };
  const text = (v: ExcelJS.CellValue) =>
    v === null || v === undefined
      ? ''
      : typeof v === 'object' && 'result' in v
        ? String(v.result ?? '')
        : String(v).trim();
  if (text(ws.getCell('B2').value) !== unit.code)
    issues.push({
      sheet: SHEET,
      cell: 'B2',
      message: `this workbook is for unit ${text(ws.getCell('B2').value) || '?'}, not ${unit.code}`,
    });
  if (text(ws.getCell('D2').value) !== String(form.year))
    issues.push({
      sheet: SHEET,
      cell: 'D2',
      message: `this workbook is for ${text(ws.getCell('D2').value) || '?'}, not ${form.year}`,
    });
  const raw: (RawCell & { row: number })[] = [];
  const rowOf = new Map<string, number>();
  for (let r = FIRST_ROW; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const code = text(row.getCell(1).value);
    if (!code) continue;
    const option = text(row.getCell(2).value);
    const v = row.getCell(5).value;
    const value = v === null || v === undefined || v === '' ? null : typeof v === 'number' ? v : text(v);
    if (rowOf.has(`${code}/${option}`)) {
      issues.push({
        sheet: SHEET,
        cell: `A${r}`,
        item: code,
        message: `${code} appears twice (also row ${rowOf.get(`${code}/${option}`)})`,
      });
      continue;
    }
    rowOf.set(`${code}/${option}`, r);
    if (!rowOf.has(code)) rowOf.set(code, r);
    raw.push({ item: code, option, value, row: r });
  }
  const { cells, issues: cellIssues } = normaliseCells(form.items, form.breakdowns, raw);
  for (const i of cellIssues) {
    const r = rowOf.get(`${i.item}/${i.option}`) ?? 0;
    const unknownItem = !form.items.some((x) => x.code === i.item);
    issues.push({
      sheet: SHEET,
      cell: `${unknownItem ? 'A' : i.message.startsWith('option') || i.message.includes('breakdown') ? 'B' : 'E'}${r}`,
      item: i.item,
      message: i.message,
    });
  }
  const violations = checkRules(form.rules, cells);
  for (const v of violations.filter((x) => x.severity === 'hard')) {
    const cellsOf = v.items.map((c) => `E${rowOf.get(c) ?? '?'}`);
    issues.push({
      sheet: SHEET,
      cell: cellsOf.join(','),
      rule: v.rule,
      item: v.items[0],
      message: `${v.zh} (${v.left} ${v.op} ${v.right})`,
    });
  }
  return { cells, issues, warnings: violations.filter((x) => x.severity === 'soft') };
}
