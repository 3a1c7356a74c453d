// The public data sets of a release: each a title, a description, columns with their meanings and the rows taken from
// the snapshot, so the portal and the open data show the same figures by construction. Literacy values and
// populations use the statistics exchange's own columns (kpi, populations): their CSV files import back unchanged.
import { z } from 'zod';
import type { ColumnKind, DataSet } from '../indicators/exchange/exchange.engine.ts';
import { csvRows } from '../indicators/exchange/exchange.files.ts';
import { populationsSet } from '../indicators/exchange/register.sets.ts';
import { kpiSet } from '../indicators/exchange/targets.sets.ts';
import type { PubSnapshot } from './pub.records.ts';

export const publicSetNames = ['literacy', 'targets', 'progress', 'figures', 'completeness', 'populations'] as const;
export type PublicSetName = (typeof publicSetNames)[number];

export interface PublicColumn {
  name: string;
  zh: string;
  en: string;
  type: 'string' | 'integer' | 'number';
}
type Row = Record<string, string | number | null>;

export interface PublicDataSet {
  name: PublicSetName;
  zh: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  columns: PublicColumn[];
  /** the statistics exchange set whose columns these are (its import reads the CSV back), when there is one */
  exchange?: DataSet;
  rows(s: PubSnapshot): Row[];
}

const col = (name: string, zh: string, en: string, type: PublicColumn['type'] = 'string'): PublicColumn => ({
  name,
  zh,
  en,
  type,
});
const areaCol = col('areaCode', '地区代码（GB/T 2260）', 'Area code (GB/T 2260)');
const yearCol = col('year', '年度', 'Year', 'integer');

const kpiColumns: PublicColumn[] = [
  col('code', '指标代码（K_LITERACY：具备科学素质的公民比例）', 'Indicator code (K_LITERACY: share of citizens with scientific literacy)'),
  yearCol,
  areaCol,
  col('option', '细分（空：全体；urban 城镇；rural 农村）', 'Breakdown (empty: everyone; urban; rural)'),
  col('value', '比例（%）', 'Share (%)', 'number'),
  col('sourceKind', '来源类型（survey 本市调查；published 公开发布值）', 'Source kind (survey: our survey; published: a published figure)'),
  col('se', '标准误（百分点）', 'Standard error (points)', 'number'),
  col('ciLow', '95% 置信区间下限', '95% interval, lower bound', 'number'),
  col('ciHigh', '95% 置信区间上限', '95% interval, upper bound', 'number'),
  col('instrument', '测评工具版本', 'Instrument version'),
  col('citation', '出处', 'Citation'),
];

const literacy: PublicDataSet = {
  name: 'literacy',
  zh: '公民具备科学素质比例',
  en: 'Share of citizens with scientific literacy',
  descriptionZh: '本市及各区县历年公民具备科学素质的比例；来自本市调查的数值附标准误和置信区间。',
  descriptionEn: 'The share of citizens with scientific literacy by year, city and districts; survey figures carry their standard error and interval.',
  columns: kpiColumns,
  exchange: kpiSet as unknown as DataSet,
  rows: (s) => s.literacy.rows.map((r) => ({ ...r })),
};

const populations: PublicDataSet = {
  name: 'populations',
  zh: '常住人口',
  en: 'Resident population',
  descriptionZh: '计算每万人指标所用的常住人口及其来源。',
  descriptionEn: 'The resident population the per-10,000 figures use, with its source.',
  columns: [areaCol, yearCol, col('population', '常住人口（人）', 'Residents', 'integer'), col('source', '来源', 'Source')],
  exchange: populationsSet as unknown as DataSet,
  rows: (s) => s.populations.map((r) => ({ ...r })),
};

const targets: PublicDataSet = {
  name: 'targets',
  zh: '目标与进展状态',
  en: 'Targets and their status',
  descriptionZh: '规划纲要各项目标的目标年、目标值和按复合增长率方法判定的进展状态。',
  descriptionEn: "The plan's targets: target year, value and the status by the compound-growth method.",
  columns: [
    col('code', '指标代码', 'Indicator code'),
    col('zh', '指标名称', 'Indicator (Chinese)'),
    col('en', '指标英文名称', 'Indicator (English)'),
    col('unit', '单位', 'Unit'),
    col('targetYear', '目标年', 'Target year', 'integer'),
    col('comparator', '比较方式', 'Comparator'),
    col('targetValue', '目标值', 'Target value', 'number'),
    col('latestYear', '最新观测年', 'Latest observed year', 'integer'),
    col('latestValue', '最新观测值', 'Latest observed value', 'number'),
    col('status', '进展状态代码', 'Status code'),
  ],
  rows: (s) =>
    s.targets.flatMap((t) =>
      t.targets.map((x) => ({
        code: t.code,
        zh: t.zh,
        en: t.en,
        unit: t.unit,
        targetYear: x.year,
        comparator: x.comparator,
        targetValue: x.value,
        latestYear: t.observed.at(-1)?.year ?? null,
        latestValue: t.observed.at(-1)?.value ?? null,
        status: x.status,
      })),
    ),
};

const progress: PublicDataSet = {
  name: 'progress',
  zh: '行动与工程推进进度',
  en: 'Progress of the actions and projects',
  descriptionZh: '督促检查中已通过审核的进展报告汇总的进度（0—100），按行动、工程和区县。',
  descriptionEn: 'Progress (0–100) rolled up from accepted accountability reports, per action, project and district.',
  columns: [
    yearCol,
    col('scope', '范围（plan 全市；action 行动；project 工程；area 区县）', 'Scope (plan, action, project, area)'),
    col('ref', '编号或地区代码', 'Number or area code'),
    col('title', '名称', 'Name'),
    col('progress', '进度（%）', 'Progress (%)', 'number'),
  ],
  // the year of the round the figures are of (the publication's year, or the latest round's when it has none)
  rows: (s) => [
    { year: s.progress.basis?.year ?? s.year, scope: 'plan', ref: s.jurisdiction.code, title: s.plan.title, progress: s.progress.overall },
    ...s.progress.groups.map((g) => ({
      year: s.progress.basis?.year ?? s.year,
      scope: g.kind,
      ref: String(g.number),
      title: g.title,
      progress: g.progress,
    })),
    ...s.progress.districts.map((d) => ({
      year: s.progress.basis?.year ?? s.year,
      scope: 'area',
      ref: d.areaCode,
      title: d.areaName,
      progress: d.progress,
    })),
  ],
};

const figures: PublicDataSet = {
  name: 'figures',
  zh: '科普统计主要指标',
  en: 'Key science-popularisation statistics',
  descriptionZh: '已通过市级审核的科普统计报表汇总的主要指标，按区县，并按常住人口折算每万人数值。',
  descriptionEn: 'Key statistics summed over reports the city accepted, per district, with the figure per 10,000 residents.',
  columns: [
    yearCol,
    areaCol,
    col('areaName', '地区名称', 'Area'),
    col('item', '指标代码', 'Item code'),
    col('itemZh', '指标名称', 'Item (Chinese)'),
    col('itemEn', '指标英文名称', 'Item (English)'),
    col('unit', '计量单位', 'Unit'),
    col('value', '数值', 'Value', 'number'),
    col('population', '常住人口', 'Residents', 'integer'),
    col('per10k', '每万人数值', 'Per 10,000 residents', 'number'),
  ],
  rows: (s) => s.figures.map((r) => ({ ...r })),
};

const completeness: PublicDataSet = {
  name: 'completeness',
  zh: '科普统计报表完整性',
  en: 'Completeness of the statistics',
  descriptionZh: '各区县应报单位数和已通过审核计入统计的报表数。',
  descriptionEn: 'Per district: reports expected, and reports accepted and counted.',
  columns: [
    yearCol,
    areaCol,
    col('areaName', '地区名称', 'Area'),
    col('expected', '应报单位数', 'Reports expected', 'integer'),
    col('accepted', '已审核计入数', 'Reports accepted and counted', 'integer'),
  ],
  rows: (s) => s.completeness.map((r) => ({ ...r })),
};

export const publicSets: PublicDataSet[] = [literacy, targets, progress, figures, completeness, populations];
export const publicSet = (name: string) => publicSets.find((s) => s.name === name);

const kindOf = (c: PublicColumn): ColumnKind =>
  c.type === 'integer' ? 'int' : c.type === 'number' ? 'number' : 'ntext';
const cellSchema = (c: PublicColumn) =>
  c.type === 'string' ? z.string().nullable() : z.number().nullable();

/** The set as the exchange engine reads files (its own descriptor, or a read-only one of these columns). */
export function exchangeDescriptor(set: PublicDataSet): DataSet {
  if (set.exchange) return set.exchange;
  return {
    name: set.name,
    yearly: false,
    replaces: false,
    columns: Object.fromEntries(set.columns.map((c) => [c.name, kindOf(c)])),
    row: z.strictObject(Object.fromEntries(set.columns.map((c) => [c.name, cellSchema(c)]))),
    key: (r: Row) => JSON.stringify(r),
    current: async () => [],
    apply: async () => {
      throw new Error(`${set.name} is published, not imported`);
    },
  } as unknown as DataSet;
}

/** A public CSV read back by the exchange engine's file reader and row schema (what an import would store). */
export function readPublicCsv(set: PublicDataSet, text: string): unknown[] {
  const d = exchangeDescriptor(set);
  const file = csvRows(d, text);
  return file.rows.map((r) => d.row.parse(r));
}
