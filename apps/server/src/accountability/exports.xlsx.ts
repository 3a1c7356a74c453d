// Excel workbooks for the office: the supervision board, unit scorecards and a year's implementation summary.
import type { PlanBundle } from '@kepu/domain';
import type { BoardWithFigures, UnitScorecard, YearSummary } from '@kepu/domain/accountability';
import ExcelJS from 'exceljs';

export const stateLabel: Record<string, string> = {
  not_started: '未开始',
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  accepted: '已通过',
  overdue: '逾期未报',
};
export const statusLabel: Record<string, string> = {
  not_started: '未启动',
  on_track: '按计划推进',
  at_risk: '存在风险',
  delayed: '滞后',
  done: '已完成',
};
const stateFill: Record<string, string> = {
  not_started: 'FFF0F0F0',
  draft: 'FFFFF4E0',
  submitted: 'FFE6F0FF',
  returned: 'FFFFE7BA',
  accepted: 'FFD9F7BE',
  overdue: 'FFFFCCC7',
};
const pct = (v: number | null) => (v === null ? '' : Math.round(v * 10) / 10);
/** What a rolled-up figure is made of, e.g. "科普进乡村 ×2（67%）；培育带头人 ×1（33%）". */
const weightsText = (parts: { label: string; weight: number; share?: number }[]) =>
  parts
    .map((p) => `${p.label} ×${p.weight}${p.share === undefined ? '' : `（${pct(p.share * 100)}%）`}`)
    .join('；');

function header(ws: ExcelJS.Worksheet, cells: string[]) {
  ws.addRow(cells);
  ws.getRow(1).font = { bold: true };
}

async function done(wb: ExcelJS.Workbook) {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function boardWorkbook(plan: PlanBundle, board: BoardWithFigures) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kepu';
  const ws = wb.addWorksheet('督查看板', { views: [{ state: 'frozen', xSplit: 4, ySplit: 1 }] });
  header(ws, ['任务', '标题', '进度%（权重）', '加权构成（工作事项）', ...board.units.map((u) => u.name)]);
  const col = new Map(board.units.map((u, i) => [u.id, i + 5]));
  for (const t of board.tasks) {
    const row = ws.addRow([
      t.number,
      t.title,
      t.progress === null ? '' : `${pct(t.progress)}（${t.weight}）`,
      t.items.length ? weightsText(t.items.map((i) => ({ ...i, label: i.title }))) : '按单位平均',
    ]);
    for (const c of board.cells.filter((x) => x.taskNumber === t.number)) {
      const cell = row.getCell(col.get(c.unitId) as number);
      cell.value = [
        stateLabel[c.state],
        c.status ? statusLabel[c.status] : '',
        c.progress === null ? '' : `${c.progress}%`,
      ]
        .filter(Boolean)
        .join(' · ');
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: stateFill[c.state] } };
    }
  }
  ws.getColumn(2).width = 36;
  ws.getColumn(3).width = 16;
  ws.getColumn(4).width = 30;
  const info = wb.addWorksheet('说明');
  info.addRows([
    ['计划', plan.plan.title],
    ['总体进度%（加权）', pct(board.planProgress)],
    ['加权构成（行动与工程）', weightsText(board.planWeights.map((g) => ({ ...g, label: g.title })))],
    [
      '轮次',
      `${board.round.title}（${board.round.opensOn} 至 ${board.round.dueOn}，截止 ${board.round.closesOn}）`,
    ],
    ...Object.entries(board.counts).map(([k, v]) => [stateLabel[k], v]),
    ['按时', board.timeliness.onTime],
    ['逾期提交', board.timeliness.late],
    ['逾期未报', board.timeliness.missing],
  ]);
  if (board.overdueRectifications.length) {
    const r = wb.addWorksheet('逾期整改');
    header(r, ['整改事项', '责任单位', '期限', '检查']);
    for (const x of board.overdueRectifications)
      r.addRow([x.finding, x.ownerName, x.deadline, x.inspection.title]);
  }
  return done(wb);
}

export async function scorecardsWorkbook(year: number, rows: UnitScorecard[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${year} 单位记分卡`, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  header(ws, [
    '单位',
    '应报',
    '按时',
    '逾期提交',
    '逾期未报',
    '待报',
    '曾退回',
    '及时率%',
    '整改未结',
    '整改逾期',
    '平均进度%（加权）',
    '加权构成（任务）',
  ]);
  for (const r of rows) {
    ws.addRow([
      r.unitName,
      r.owed,
      r.onTime,
      r.late,
      r.missing,
      r.pending,
      r.returned,
      r.timelinessRate === null ? '' : pct(r.timelinessRate * 100),
      r.rectificationsOpen,
      r.rectificationsOverdue,
      pct(r.meanProgress),
      weightsText(
        r.progressWeights.map((w) => ({
          label: `任务${w.taskNumber} ${w.progress === null ? '无' : `${pct(w.progress)}%`}`,
          weight: w.weight,
        })),
      ),
    ]);
  }
  ws.getColumn(1).width = 26;
  return done(wb);
}

export async function summaryWorkbook(s: YearSummary) {
  const wb = new ExcelJS.Workbook();
  const top = wb.addWorksheet('总览');
  top.addRows([[s.plan.title], [`${s.year} 年度实施情况汇总`], ['总体进度%（加权）', pct(s.progress)], []]);
  top.addRow(['行动/工程', '权重', '占比%', '进度%', '加权构成（任务）']).font = { bold: true };
  for (const g of s.groups)
    top.addRow([
      g.title,
      g.weight,
      pct(g.share * 100),
      pct(g.progress),
      weightsText(s.tasks.filter((t) => t.groupId === g.id).map((t) => ({ ...t, label: `${t.number}` }))),
    ]);
  top.getColumn(1).width = 36;
  const ws = wb.addWorksheet('任务与报告', { views: [{ state: 'frozen', ySplit: 1 }] });
  header(ws, [
    '任务',
    '标题',
    '任务进度%',
    '加权构成（工作事项）',
    '轮次',
    '单位',
    '状态',
    '进展',
    '上次',
    '进度%',
    '完成情况',
    '措施',
    '问题',
    '下步',
    '指标',
  ]);
  for (const t of s.tasks) {
    const weights = `权重 ${t.weight}${t.workItems.length ? `；${weightsText(t.workItems.map((w) => ({ ...w, label: w.title })))}` : ''}`;
    if (!t.reports.length) ws.addRow([t.number, t.title, pct(t.progress), weights]);
    for (const r of t.reports) {
      const figures = r.items
        .map((i) => {
          const w = t.workItems.find((x) => x.id === i.workItemId);
          return `${w?.title ?? i.workItemId}：${i.value ?? '-'}${w?.targetValue !== null && w?.targetValue !== undefined ? ` / ${w.targetValue}${w.targetUnit ?? ''}` : ''}（${i.progress}%）`;
        })
        .join('；');
      ws.addRow([
        t.number,
        t.title,
        pct(t.progress),
        weights,
        r.roundTitle,
        r.unitName,
        stateLabel[r.state],
        statusLabel[r.status],
        r.previousStatus ? statusLabel[r.previousStatus] : '',
        r.progress,
        r.done,
        r.measures,
        r.problems,
        r.nextSteps,
        figures,
      ]);
    }
  }
  for (const [i, w] of [8, 30, 10, 30, 20, 18, 10, 12, 12, 8, 40, 30, 30, 30, 40].entries())
    ws.getColumn(i + 1).width = w;
  return done(wb);
}
