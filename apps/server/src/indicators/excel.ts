// The unit's Excel template (one row per item and breakdown option) and reading a filled workbook back (the
// WorkbookReader the upload use-case takes): every problem names the sheet, the cell and, for a rule, the rule, with a
// stable code; a workbook with any problem changes nothing.
import {
  type CellIssue,
  checkRules,
  type FormDefinition,
  type IndUnit,
  normaliseCells,
  type RawCell,
  type ValueCell,
  type Violation,
  type WorkbookIssue,
} from '@kepu/domain/indicators';
import ExcelJS from 'exceljs';
import { readSheet, type SheetProblem } from './xlsx/read-sheet.ts';

export const SHEET = '科普统计';
const FIRST_ROW = 5;

/** The template's rows: each current item, once per breakdown option. */
function templateLines(form: FormDefinition) {
  return form.items
    .filter((i) => !i.retired)
    .flatMap((item) => {
      const options = item.breakdown
        ? (form.breakdowns.find((b) => b.code === item.breakdown)?.options ?? [])
        : [null];
      return options.map((option) => ({ item, option }));
    });
}

/** The English sentence of a problem the sheet reader found before any cell was read. */
function problemText(p: SheetProblem): string {
  switch (p.code) {
    case 'ind.xlsx.no_sheet':
      return `no sheet named ${SHEET}: use the downloaded template`;
    case 'ind.xlsx.too_large':
      return `the workbook is too large (${p.bytes} bytes, at most ${p.limit})`;
    case 'ind.xlsx.too_many_parts':
      return `the workbook has ${p.entries} parts (at most ${p.limit})`;
    case 'ind.xlsx.bomb':
      return `part ${p.part} unpacks ${p.ratio} times its size (at most ${p.limit}): refused`;
    case 'ind.xlsx.too_many_rows':
      return `the sheet has ${p.rows} rows; the template has at most ${p.limit}`;
    case 'ind.xlsx.too_many_columns':
      return `the sheet has ${p.columns} columns (at most ${p.limit})`;
    case 'ind.xlsx.too_slow':
      return `reading the workbook took longer than ${p.seconds} s and was stopped`;
    default:
      return 'not an Excel (.xlsx) workbook';
  }
}

export async function templateWorkbook(
  form: FormDefinition,
  unit: Pick<IndUnit, 'code' | 'name'>,
  values: ValueCell[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kepu';
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: FIRST_ROW - 1 }] });
  ws.getCell('A1').value = form.title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getRow(2).values = ['单位代码', unit.code, '年度', form.year, '单位名称', unit.name];
  ws.getRow(3).values = ['请只填写 E 列“数值”；不要改动 A、B 列的代码。'];
  ws.getRow(4).values = ['代码', '细分', '指标', '单位', '数值'];
  ws.getRow(4).font = { bold: true };
  const stored = new Map(values.map((v) => [`${v.item}/${v.option}`, v.value ?? v.text ?? null]));
  for (const { item, option: o } of templateLines(form)) {
    const row = ws.addRow([
      item.code,
      o?.code ?? '',
      o ? `${item.zh}（${o.zh}）` : item.zh,
      item.unit,
      stored.get(`${item.code}/${o?.code ?? ''}`) ?? null,
    ]);
    row.getCell(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7E0' } };
    if (item.parent) row.getCell(3).alignment = { indent: 2 };
  }
  ws.getColumn(1).width = 10;
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 48;
  ws.getColumn(4).width = 8;
  ws.getColumn(5).width = 18;
  const rules = wb.addWorksheet('审核规则');
  rules.addRow(['规则', '左', '关系', '右', '类型', '说明']);
  rules.getRow(1).font = { bold: true };
  for (const r of form.rules.filter((x) => !x.retired))
    rules.addRow([r.code, r.left, r.op, r.right, r.severity === 'hard' ? '强制' : '需说明', r.zh]);
  rules.getColumn(6).width = 60;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Reading = { cells: ValueCell[]; issues: WorkbookIssue[]; warnings: Violation[] };
const refused = (i: WorkbookIssue): Reading => ({ cells: [], issues: [i], warnings: [] });

/** Reads a filled template; returns the cells, or the issues (sheet, cell, rule) when anything is wrong. */
export async function readWorkbook(
  form: FormDefinition,
  unit: Pick<IndUnit, 'code'>,
  data: Uint8Array,
): Promise<Reading> {
  const issues: WorkbookIssue[] = [];
  // parsed in a worker after the zip checks: no upload can stall the server or read past the template's size
  const sheet = await readSheet(data, {
    sheet: SHEET,
    columns: [1, 2, 5],
    firstRow: FIRST_ROW,
    maxRows: templateLines(form).length + 100,
  });
  if ('problem' in sheet) {
    const { code, ...params } = sheet.problem;
    return refused({
      sheet: code === 'ind.xlsx.no_sheet' ? SHEET : '',
      cell: '',
      code,
      params,
      message: problemText(sheet.problem),
    });
  }
  const unitCode = sheet.head.B2 || '?';
  if (unitCode !== unit.code)
    issues.push({
      sheet: SHEET,
      cell: 'B2',
      code: 'ind.xlsx.wrong_unit',
      params: { sheet: SHEET, cell: 'B2', actual: unitCode, expected: unit.code },
      message: `this workbook is for unit ${unitCode}, not ${unit.code}`,
    });
  const year = sheet.head.D2 || '?';
  if (year !== String(form.year))
    issues.push({
      sheet: SHEET,
      cell: 'D2',
      code: 'ind.xlsx.wrong_year',
      params: { sheet: SHEET, cell: 'D2', actual: year, expected: form.year },
      message: `this workbook is for ${year}, not ${form.year}`,
    });
  /** A figure's problem on sheet row r, in the column it is about. */
  const cellIssue = (i: CellIssue, r: number) => {
    const column =
      i.code === 'ind.value.unknown_item'
        ? 'A'
        : i.code === 'ind.value.bad_option' || i.code === 'ind.value.no_breakdown'
          ? 'B'
          : 'E';
    const cell = `${column}${r}`;
    issues.push({
      sheet: SHEET,
      cell,
      item: i.item,
      code: i.code,
      params: { ...i.params, sheet: SHEET, cell, row: r },
      message: i.message,
    });
  };
  const raw: (RawCell & { row: number })[] = [];
  const rowOf = new Map<string, number>();
  for (const {
    row: r,
    cells: [codeCell, optionCell, v],
  } of sheet.rows) {
    const code = String(codeCell);
    if (!code) continue;
    const option = String(optionCell);
    const value = v === '' ? null : v;
    const first = rowOf.get(`${code}/${option}`);
    if (first !== undefined) {
      issues.push({
        sheet: SHEET,
        cell: `A${r}`,
        item: code,
        code: 'ind.xlsx.duplicate_row',
        params: { sheet: SHEET, cell: `A${r}`, row: r, item: code, option, firstRow: first },
        message: `${code} appears twice (also row ${first})`,
      });
      // its figure is still checked, so a second pass does not find a new problem on this row
      for (const i of normaliseCells(form.items, form.breakdowns, [{ item: code, option, value }]).issues)
        cellIssue(i, r);
      continue;
    }
    rowOf.set(`${code}/${option}`, r);
    if (!rowOf.has(code)) rowOf.set(code, r);
    raw.push({ item: code, option, value, row: r });
  }
  const { cells, issues: cellIssues } = normaliseCells(form.items, form.breakdowns, raw);
  for (const i of cellIssues) cellIssue(i, rowOf.get(`${i.item}/${i.option}`) ?? 0);
  const violations = checkRules(form.rules, cells);
  for (const v of violations.filter((x) => x.severity === 'hard')) {
    const cell = v.items.map((c) => `E${rowOf.get(c) ?? '?'}`).join(',');
    issues.push({
      sheet: SHEET,
      cell,
      rule: v.rule,
      item: v.items[0],
      code: 'ind.xlsx.rule_failed',
      params: {
        sheet: SHEET,
        cell,
        rule: v.rule,
        item: v.items[0],
        left: v.left,
        op: v.op,
        right: v.right,
        zh: v.zh,
        en: v.en,
      },
      message: `${v.zh} (${v.left} ${v.op} ${v.right})`,
    });
  }
  return { cells, issues, warnings: violations.filter((x) => x.severity === 'soft') };
}
