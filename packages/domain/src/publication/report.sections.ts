// The annual report's sections read from the facts at generation: the units' own summaries per action and task,
// inspections with their rectification items, and the exceptions; each ends with its source and date.
import type { ReportFacts } from './report.facts.ts';
import type { ReportBlock, ReportSection, ReportTable } from './report.view.ts';

export const n = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : String(Math.round(v * 100) / 100);
export const paragraphs = (text: string): ReportBlock[] =>
  text
    .split(/\n\s*\n|\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph' as const, text: t }));

type Cite = (what: string) => string;
/** Sentences joined, each ended once (a unit's text may or may not end with its own full stop). */
const sentences = (...parts: (string | false)[]) =>
  parts
    .filter((x): x is string => !!x && x.trim() !== '')
    .map((x) => (/[。！？.!?；;]$/.test(x.trim()) ? x.trim() : `${x.trim()}。`))
    .join('');
const para = (text: string): ReportBlock => ({ kind: 'paragraph', text });
const table = (t: ReportTable): ReportBlock => ({ kind: 'table', table: t });
const rectificationState = { open: '整改中', responded: '已反馈待销号', closed: '已销号' } as const;

export function summariesSection(heading: string, f: ReportFacts, cite: Cite): ReportSection {
  const blocks = f.summaries.flatMap((g): ReportBlock[] => {
    const tasks = g.tasks.filter((t) => t.reports.length > 0);
    return [
      { kind: 'subheading', text: `${g.kind === 'action' ? '行动' : '工程'}${g.number}：${g.title}` },
      ...(tasks.length === 0
        ? [para('本年度尚无已通过审核的进展报告。')]
        : tasks.flatMap((t) => [
            para(`任务 ${t.number}：${t.title}`),
            ...t.reports.map((r) =>
              para(
                sentences(
                  `${r.unit}（${r.round}，进度 ${r.progress}%）：${r.done || '未填写完成情况'}`,
                  r.problems && `存在问题：${r.problems}`,
                  r.nextSteps && `下一步：${r.nextSteps}`,
                ),
              ),
            ),
          ])),
    ];
  });
  return {
    heading,
    blocks: [
      para(
        `以下摘自各责任单位在${f.year}年度报告轮次中已通过审核的进展报告（每个单位每项任务取最近一次），文字为单位原文。`,
      ),
      ...blocks,
      para(cite(`督促检查中已审核的进展报告（${f.rounds.join('、') || '无报告轮次'}）`)),
    ],
  };
}

export function inspectionsSection(heading: string, f: ReportFacts, cite: Cite): ReportSection {
  if (f.inspections.length === 0)
    return { heading, blocks: [para(`${f.year}年度未记录督促检查。`), para(cite('督促检查记录'))] };
  const items = f.inspections.flatMap((i) => i.items);
  const closed = items.filter((x) => x.state === 'closed').length;
  const overdue = items.filter((x) => x.overdue).length;
  return {
    heading,
    blocks: [
      para(
        `${f.year}年度开展督促检查 ${f.inspections.length} 次，发现问题 ${items.length} 个，已整改销号 ${closed} 个，逾期未整改 ${overdue} 个。`,
      ),
      ...f.inspections.flatMap((i): ReportBlock[] => [
        { kind: 'subheading', text: `${i.heldOn}　${i.title}（${i.method}）` },
        para(`检查单位：${i.units.join('、') || '—'}。${i.summary}`),
        ...(i.items.length
          ? [
              table({
                caption: `表 #  ${i.title}：整改事项`,
                head: ['问题', '责任单位', '整改期限', '状态'],
                rows: i.items.map((x) => [
                  x.finding,
                  x.owner,
                  x.deadline,
                  `${rectificationState[x.state]}${x.overdue ? '（已逾期）' : ''}`,
                ]),
                source: cite('督促检查记录及整改台账'),
              }),
            ]
          : []),
      ]),
    ],
  };
}

export function exceptionsSection(heading: string, f: ReportFacts, cite: Cite): ReportSection {
  const e = f.exceptions;
  const reportRows = (list: ReportFacts['exceptions']['overdue']) =>
    list.map((x) => [`任务 ${x.task}`, x.unit, x.round, x.dueOn]);
  const parts: [string, string[], string[][], string][] = [
    ['当前轮次逾期未报', ['任务', '单位', '轮次', '截止日期'], reportRows(e.overdue), '督促检查报告轮次'],
    ['以往轮次未报送', ['任务', '单位', '轮次', '截止日期'], reportRows(e.notReported), '督促检查报告轮次'],
    ['退回待重报', ['任务', '单位', '轮次', '截止日期'], reportRows(e.returned), '督促检查报告审核记录'],
    [
      '年度工作目标未达到',
      ['任务', '工作事项', '目标', '已报告'],
      e.targetsNotReached.map((x) => [
        `任务 ${x.task}`,
        x.title,
        `${n(x.target)}${x.unit}`,
        `${n(x.achieved)}${x.unit}`,
      ]),
      '年度工作事项及已审核的进展报告',
    ],
    [
      '科普统计报表逾期未报',
      ['填报单位', '截止日期', '状态'],
      e.statsOverdue.map((x) => [
        x.unit,
        x.dueOn,
        { open: '未填报', draft: '填报中', returned: '退回修改' }[x.state] ?? x.state,
      ]),
      '全国科普统计调查本市报表',
    ],
    [
      '科普统计审核规则标记的数据',
      ['填报单位', '审核规则', '比较', '单位说明'],
      e.statsFlagged.map((x) => [
        x.unit,
        `${x.rule}（${x.severity === 'hard' ? '强制' : '提示'}）`,
        `${n(x.left)} ${x.op} ${n(x.right)} 不成立`,
        x.explanation || '—',
      ]),
      '全国科普统计调查本市报表（已通过市级审核）及审核规则',
    ],
  ];
  const shown = parts.filter(([, , rows]) => rows.length > 0);
  return {
    heading,
    blocks: [
      para(
        `共 ${parts.map(([name, , rows]) => `${name} ${rows.length} 项`).join('，')}。${shown.length ? '明细如下。' : ''}`,
      ),
      ...shown.map(([name, head, rows, what]) =>
        table({ caption: `表 #  ${name}`, head, rows, source: cite(what) }),
      ),
      ...(shown.length ? [] : [para(cite('督促检查报告轮次、年度工作事项及全国科普统计调查本市报表'))]),
    ],
  };
}
