// What publishing a run writes to the indicators: the literacy value (K_LITERACY) of the city, of its urban and rural
// population and of every district, each with SE, interval and provenance; and the two gap indicators the targets
// compute from those values (K_URBAN_RURAL_GAP = urban − rural, K_DISTRICT_SPREAD = highest − lowest district), each
// stored with the SE and interval of the survey's difference (the joint covariance of the domain means), its value
// being exactly the difference of the published literacy values. A cell the rule suppresses is not published, nor a
// gap that needs it (the spread is then the one between the published districts).
import type { KpiValueInput } from '../indicators/ind.records.ts';
import { type CellEstimate, type Difference, flip, type LiteracyEstimates } from './estimation.ts';

export interface PublishSource {
  surveyName: string;
  year: number;
  /** The city (the root area) and its districts covered by the survey. */
  city: string;
  districts: readonly string[];
  /** The instrument as named on the value: title and version. */
  instrument: string;
}

/** A share (0–1) as a percent rounded to 4 decimals, the precision of a published value. */
export const percent = (x: number) => Math.round(x * 1e6) / 1e4;
/** A difference of two published percents, free of floating-point noise. */
const minus = (a: number, b: number) => Math.round((a - b) * 1e4) / 1e4;

/** The values publishing writes, the city's literacy first. */
export function publishedValues(estimates: LiteracyEstimates, src: PublishSource): KpiValueInput[] {
  const method = estimates.method === 'logit' ? 'logit' : 'Korn–Graubard';
  const level = `${Math.round(estimates.level * 100)}%`;
  // e.g. 「2025 年调查（城镇居民）：有效样本 812 人；按县区分层……」
  const literacy = (cell: CellEstimate, areaCode: string, option: string, what: string) =>
    cell.estimate === null || cell.se === null || cell.ci === null
      ? null
      : {
          code: 'K_LITERACY',
          year: src.year,
          areaCode,
          option,
          value: percent(cell.estimate),
          sourceKind: 'survey' as const,
          se: percent(cell.se),
          ciLow: percent(cell.ci[0]),
          ciHigh: percent(cell.ci[1]),
          instrument: src.instrument,
          citation:
            `${src.surveyName}${what}：有效样本 ${cell.n} 人；按县区分层、抽样单元整群，设计权重经无应答调整并按人口普查` +
            `边际加权（设计效应 ${cell.deff?.toFixed(2) ?? '—'}）；${method} ${level} 区间。`,
        };
  const domain = (variable: string, level: string) =>
    estimates.domains.find((d) => d.variable === variable && d.level === level);
  const o = estimates.overall;
  const city = literacy(o, src.city, '', '');
  if (!city) return [];
  const out: KpiValueInput[] = [city];
  const byOption = new Map<string, KpiValueInput>();
  for (const option of ['urban', 'rural'] as const) {
    const cell = domain('urbanRural', option);
    const v = cell && literacy(cell, src.city, option, option === 'urban' ? '（城镇居民）' : '（农村居民）');
    if (v) {
      out.push(v);
      byOption.set(option, v);
    }
  }
  const byDistrict = new Map<string, KpiValueInput>();
  for (const d of src.districts) {
    const cell = domain('district', d);
    const v = cell && literacy(cell, d, '', '（本县区）');
    if (v) {
      out.push(v);
      byDistrict.set(d, v);
    }
  }
  const gap = (code: string, diff: Difference, a: KpiValueInput, b: KpiValueInput, what: string) => ({
    code,
    year: src.year,
    areaCode: src.city,
    option: '',
    value: minus(a.value, b.value),
    sourceKind: 'survey' as const,
    se: percent(diff.se),
    ciLow: percent(diff.ci[0]),
    ciHigh: percent(diff.ci[1]),
    instrument: src.instrument,
    citation:
      `${src.surveyName}：${what}，两者差值的标准误按各域估计的联合协方差（线性化）计算，` +
      `正态 ${level} 区间；p = ${diff.p.toPrecision(2)}。`,
  });
  const [u, r] = [byOption.get('urban'), byOption.get('rural')];
  if (u && r)
    out.push(gap('K_URBAN_RURAL_GAP', estimates.gaps.urbanRural, u, r, '城镇减农村具备科学素质比例'));
  // the spread between the highest and the lowest published district, with the SE of that pair's difference
  const published = [...byDistrict.values()];
  if (published.length >= 2) {
    const hi = published.reduce((a, b) => (b.value > a.value ? b : a));
    const lo = published.reduce((a, b) => (b.value < a.value ? b : a));
    const pair = estimates.gaps.districtPairs.find(
      (d) =>
        (d.minuend === hi.areaCode && d.subtrahend === lo.areaCode) ||
        (d.minuend === lo.areaCode && d.subtrahend === hi.areaCode),
    );
    if (pair && hi !== lo)
      out.push(
        gap(
          'K_DISTRICT_SPREAD',
          pair.minuend === hi.areaCode ? pair : flip(pair),
          hi,
          lo,
          `县区间差距：具备科学素质比例最高（${hi.areaCode}）减最低（${lo.areaCode}）的县区`,
        ),
      );
  }
  return out;
}
