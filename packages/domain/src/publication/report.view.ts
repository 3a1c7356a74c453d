// The annual report (年度全民科学素质工作报告) as a model both file formats render: headings, paragraphs, tables and
// charts, each table and chart citing its source and the release it comes from. Built only from a published release,
// so the report says exactly what the public side says.
import { dateIn, localDateTime, zoneName } from '../kernel/clock.ts';
import type { PubRelease } from './pub.records.ts';
import type { ReportFacts } from './report.facts.ts';
import { exceptionsSection, inspectionsSection, n, paragraphs, summariesSection } from './report.sections.ts';

export interface ReportTable {
  caption: string;
  head: string[];
  rows: string[][];
  source: string;
}
export interface ReportChart {
  kind: 'literacy' | 'progress';
  caption: string;
  source: string;
  /** the series the server draws */
  categories: string[];
  values: (number | null)[];
  targets?: { year: string; value: number }[];
}
/** Districts coloured by a figure (0–100) and labelled with their names and values, drawn from the GeoJSON. */
export interface ReportMap {
  caption: string;
  source: string;
  jurisdiction: string;
  areas: { code: string; name: string; value: number | null }[];
}
export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'table'; table: ReportTable }
  | { kind: 'chart'; chart: ReportChart }
  | { kind: 'map'; map: ReportMap };
export interface ReportSection {
  heading: string;
  blocks: ReportBlock[];
}
export interface ReportModel {
  title: string;
  subtitle: string;
  /** which release and when, in the jurisdiction's time */
  dateline: string;
  sections: ReportSection[];
}

const statusZh: Record<string, string> = {
  achieved: '已达成',
  missed: '未达成',
  on_track: '按计划推进',
  acceleration_needed: '需加快进度',
  limited_progress: '进展有限',
  deterioration: '倒退',
  no_data: '暂无数据',
};
/**
 * The report of a release with the office's introduction and conclusion and the facts read at generation; dates are
 * the jurisdiction's (`timeZone`).
 */
export function annualReport(
  r: PubRelease,
  intro: string,
  conclusion: string,
  facts: ReportFacts,
  timeZone: string,
): ReportModel {
  const s = r.snapshot;
  const day = dateIn(timeZone, r.publishedAt);
  const cite = (what: string) =>
    `来源：${what}；数据截至 ${day}（${s.year} 年度公开数据第 ${r.version} 版）。`;
  const citeLive = (what: string) =>
    `来源：${what}；数据截至 ${facts.asOf}（生成本报告时读取，未在门户公开）。`;
  const city = s.literacy.rows.filter(
    (k) => k.areaCode === s.jurisdiction.code && k.option === '' && k.code === 'K_LITERACY',
  );
  const target = s.targets.find((t) => t.code === 'K_LITERACY');
  const cityFigures = s.figures.filter((f) => f.areaCode === s.jurisdiction.code);
  const p = s.progress;
  return numbered({
    title: `${s.jurisdiction.name}${s.year}年度全民科学素质工作报告`,
    subtitle: `${s.plan.title}实施情况${s.demo ? '（示例数据，不是真实统计结果）' : ''}`,
    dateline: `${s.year} 年度公开数据第 ${r.version} 版，发布于 ${localDateTime(timeZone, r.publishedAt)}（${zoneName(timeZone, 'zh')}）；本报告生成于 ${facts.asOf}。`,
    sections: [
      { heading: '一、总体情况', blocks: paragraphs(intro) },
      {
        heading: '二、公民具备科学素质的比例',
        blocks: [
          {
            kind: 'chart',
            chart: {
              kind: 'literacy',
              caption: '图 #  公民具备科学素质的比例（%）与规划目标',
              source: cite('本市公民科学素质抽样调查及公开发布值'),
              categories: (target?.observed ?? city).map((o) => String(o.year)),
              values: (target?.observed ?? city).map((o) => o.value),
              targets: target?.targets
                .filter((t) => t.value !== null)
                .map((t) => ({ year: String(t.year), value: t.value as number })),
            },
          },
          {
            kind: 'table',
            table: {
              caption: '表 #  公民具备科学素质的比例',
              head: ['年度', '地区', '比例（%）', '95% 置信区间', '来源'],
              rows: s.literacy.rows
                .filter((k) => k.option === '')
                .map((k) => [
                  String(k.year),
                  k.areaCode === s.jurisdiction.code ? s.jurisdiction.name : k.areaCode,
                  n(k.value),
                  k.ciLow !== null && k.ciHigh !== null ? `${n(k.ciLow)}—${n(k.ciHigh)}` : '—',
                  k.sourceKind === 'survey' ? '本市抽样调查' : (k.citation ?? '公开发布值'),
                ]),
              source: cite('本市公民科学素质抽样调查及公开发布值'),
            },
          },
          ...s.literacy.methods.map((m) => ({ kind: 'paragraph' as const, text: `调查方法：${m.note}` })),
        ],
      },
      {
        heading: '三、五项行动和四项工程推进情况',
        blocks: [
          {
            kind: 'paragraph',
            text: p.basis
              ? `据${p.basis.round}中已通过审核的 ${p.basis.acceptedReports} 份进展报告，规划总体推进进度为 ${n(p.overall)}%。`
              : '本年度尚无已通过审核的进展报告。',
          },
          {
            kind: 'chart',
            chart: {
              kind: 'progress',
              caption: '图 #  各行动和工程推进进度（%）',
              source: cite('督促检查中已审核的进展报告'),
              categories: p.groups.map((g) => `${g.kind === 'action' ? '行动' : '工程'}${g.number}`),
              values: p.groups.map((g) => g.progress),
            },
          },
          {
            kind: 'table',
            table: {
              caption: '表 #  各行动和工程推进进度',
              head: ['名称', '牵头单位', '进度（%）'],
              rows: p.groups.map((g) => [
                g.title,
                s.plan.groups.find((x) => x.kind === g.kind && x.number === g.number)?.leadUnits.join('、') ??
                  '',
                n(g.progress),
              ]),
              source: cite('督促检查中已审核的进展报告'),
            },
          },
          {
            kind: 'map',
            map: {
              caption: '图 #  各区县推进进度（%）：颜色越深进度越高，斜线表示暂无数据',
              source: cite('督促检查中已审核的进展报告'),
              jurisdiction: s.jurisdiction.code,
              areas: p.districts.map((d) => ({ code: d.areaCode, name: d.areaName, value: d.progress })),
            },
          },
          {
            kind: 'table',
            table: {
              caption: '表 #  各区县推进进度',
              head: ['区县', '进度（%）', '单位数'],
              rows: p.districts.map((d) => [d.areaName, n(d.progress), String(d.units)]),
              source: cite('督促检查中已审核的进展报告'),
            },
          },
        ],
      },
      summariesSection('四、各单位工作总结', facts, citeLive),
      {
        heading: '五、科普统计主要指标',
        blocks: [
          {
            kind: 'table',
            table: {
              caption: `表 #  ${s.year} 年度科普统计主要指标（全市）`,
              head: ['指标', '数值', '计量单位', '每万人'],
              rows: cityFigures.map((f) => [f.itemZh, n(f.value), f.unit, n(f.per10k)]),
              source: cite('全国科普统计调查本市报表（已通过市级审核）'),
            },
          },
          {
            kind: 'table',
            table: {
              caption: `表 #  ${s.year} 年度科普统计报表完整性`,
              head: ['地区', '应报单位', '已审核计入'],
              rows: s.completeness.map((c) => [c.areaName, String(c.expected), String(c.accepted)]),
              source: cite('全国科普统计调查本市报表'),
            },
          },
        ],
      },
      inspectionsSection('六、督促检查与整改', facts, citeLive),
      {
        heading: '七、目标与进展状态',
        blocks: [
          {
            kind: 'table',
            table: {
              caption: '表 #  规划目标与进展状态',
              head: ['指标', '目标年', '目标值', '最新值', '状态'],
              rows: s.targets.flatMap((t) =>
                t.targets.map((x) => [
                  t.zh,
                  String(x.year),
                  x.comparator === 'narrow' ? '明显缩小' : `${x.comparator} ${n(x.value)}${t.unit}`,
                  t.observed.at(-1) ? `${n(t.observed.at(-1)?.value)}（${t.observed.at(-1)?.year}）` : '—',
                  statusZh[x.status] ?? x.status,
                ]),
              ),
              source: cite('规划纲要目标；进展状态按复合增长率方法计算'),
            },
          },
        ],
      },
      exceptionsSection('八、异常情况', facts, citeLive),
      { heading: '九、下一步工作', blocks: paragraphs(conclusion) },
    ],
  });
}

/** Tables and figures numbered in reading order (表 1…, 图 1…): a section that has no table leaves no gap. */
function numbered(m: ReportModel): ReportModel {
  const count = { 表: 0, 图: 0 };
  const num = (caption: string) =>
    caption.replace(/^(表|图) #/, (_, k: '表' | '图') => {
      count[k] += 1;
      return `${k} ${count[k]}`;
    });
  for (const s of m.sections)
    for (const b of s.blocks) {
      if (b.kind === 'table') b.table.caption = num(b.table.caption);
      else if (b.kind === 'chart') b.chart.caption = num(b.chart.caption);
      else if (b.kind === 'map') b.map.caption = num(b.map.caption);
    }
  return m;
}
