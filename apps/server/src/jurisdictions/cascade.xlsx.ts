// The cascade in one workbook: a sheet of every jurisdiction's figures, then each one's targets and groups against
// the plan above. Chinese only (no English reaches a zh-CN user).
import {
  type CascadeChild,
  type CascadeEntry,
  type CascadeView,
  targetSideText,
} from '@kepu/domain/jurisdictions';
import ExcelJS from 'exceljs';
import { statusLabel } from '../accountability/exports.xlsx.ts';

const change: Record<string, string> = {
  same: '一致',
  higher: '高于上级',
  lower: '低于上级',
  differs: '表述不同',
  added: '本级新增',
  dropped: '未列入',
  both: '均有',
};
const link: Record<string, string> = {
  current: '实施现行上级规划',
  older: '实施上级规划旧版本',
  none: '未指定',
};
const kind: Record<string, string> = { action: '提升行动', project: '重点工程', measure: '保障措施' };
const targetKind: Record<string, string> = { baseline: '基线', target: '目标' };
const pct = (v: number | null) => (v === null ? '' : Math.round(v * 10) / 10);
const demo = (e: CascadeEntry) => (e.demo ? `${e.name}（示例）` : e.name);

function bold(ws: ExcelJS.Worksheet, cells: string[]) {
  ws.addRow(cells).font = { bold: true };
}

function figures(ws: ExcelJS.Worksheet, e: CascadeEntry, c?: CascadeChild) {
  ws.addRow([
    e.code,
    demo(e),
    e.plan.title,
    c ? link[c.implements] : '本级',
    pct(e.progress.progress),
    e.progress.roundTitle ?? '',
    e.progress.accepted,
    e.progress.awaitingReview,
    ...Object.keys(statusLabel).map(
      (s) => e.progress.statusCounts[s as keyof typeof e.progress.statusCounts] ?? 0,
    ),
    e.statistics.literacy ? pct(e.statistics.literacy.value) : '',
    e.statistics.literacy ? e.statistics.literacy.year : '',
    e.statistics.population?.value ?? '',
    e.statistics.tasks,
    e.statistics.units,
  ]);
}

export async function cascadeWorkbook(view: CascadeView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kepu';
  const ws = wb.addWorksheet('各地概况', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  bold(ws, [
    '区划代码',
    '地区',
    '规划',
    '与上级规划',
    '进度%（已通过报告）',
    '报送轮次',
    '已通过',
    '待审核',
    ...Object.values(statusLabel).map((s) => `任务：${s}`),
    '具备科学素质比例%',
    '比例年份',
    '常住人口',
    '任务数',
    '责任单位数',
  ]);
  figures(ws, view.own);
  for (const c of view.children) figures(ws, c, c);
  ws.getColumn(3).width = 40;

  const t = wb.addWorksheet('目标对比');
  bold(t, ['地区', '指标', '年份', '类别', '本地', `${view.own.name}`, '对比']);
  for (const c of view.children)
    for (const r of c.diff.targets)
      t.addRow([
        demo(c),
        r.indicator === 'literacy_share' ? '公民具备科学素质的比例' : r.indicator,
        r.year,
        targetKind[r.kind] ?? r.kind,
        targetSideText(r.own),
        targetSideText(r.above),
        change[r.change],
      ]);

  const g = wb.addWorksheet('任务组对比');
  bold(g, ['地区', '类别', '名称', '本地任务数', `${view.own.name}任务数`, '对比']);
  for (const c of view.children)
    for (const r of c.diff.groups)
      g.addRow([
        demo(c),
        kind[r.kind] ?? r.kind,
        r.title,
        r.ownTasks ?? '',
        r.aboveTasks ?? '',
        change[r.change],
      ]);
  g.getColumn(3).width = 36;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
