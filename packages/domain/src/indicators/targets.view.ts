// Targets and progress as a pure view: each target indicator's observed series (literacy values, the gaps computed
// from them, the schools registry) and the compound-growth status per target year with its inputs and override.
import { progressStatus } from './ind.progress.ts';
import type { CounsellorShare, IndArea, IndKpiValue, IndTarget } from './ind.records.ts';
import type { IndTargetsView, IndTargetView } from './ind.views.ts';

type Point = { year: number; value: number; note?: string; se?: number; ci?: [number, number] };
const order = ['K_LITERACY', 'K_URBAN_RURAL_GAP', 'K_DISTRICT_SPREAD', 'K_COUNSELLOR_SCHOOLS'];

/** A difference of two values entered to at most 4 decimals, without floating-point noise (12.3 − 4.1 = 8.2). */
const minus = (a: number, b: number) => Math.round((a - b) * 1e4) / 1e4;

/** The observed series per target code, from the literacy values of the root and its districts and the schools. */
export function observedSeries(
  kpi: readonly IndKpiValue[],
  areas: readonly IndArea[],
  share: readonly CounsellorShare[],
  root: string,
  currentYear: number,
  /** Gap values a survey run stored with their SE and interval (K_URBAN_RURAL_GAP, K_DISTRICT_SPREAD). */
  gaps: readonly IndKpiValue[] = [],
): Record<string, Point[]> {
  // a stored gap lends its interval to the computed gap of its year when they agree (the literacy values it was
  // made from have not been changed since)
  const withInterval = (code: string, p: Point): Point => {
    const g = gaps.find((k) => k.code === code && k.year === p.year && k.areaCode === root);
    return g?.source.kind === 'survey' &&
      g.source.ci &&
      g.source.se !== null &&
      Math.abs(g.value - p.value) < 1e-6
      ? { ...p, se: g.source.se, ci: [g.source.ci[0] as number, g.source.ci[1] as number] }
      : p;
  };
  const at = (year: number, area: string, option: string) =>
    kpi.find((k) => k.year === year && k.areaCode === area && k.option === option)?.value;
  const years = [...new Set(kpi.map((k) => k.year))].sort();
  const districts = new Set(
    areas.filter((a) => a.parentCode === root && a.level === 'district').map((a) => a.code),
  );
  const out: Record<string, Point[]> = Object.fromEntries(order.map((c) => [c, []]));
  for (const y of years) {
    const city = at(y, root, '');
    if (city !== undefined) out.K_LITERACY.push({ year: y, value: city });
    const u = at(y, root, 'urban');
    const r = at(y, root, 'rural');
    if (u !== undefined && r !== undefined)
      out.K_URBAN_RURAL_GAP.push(
        withInterval('K_URBAN_RURAL_GAP', { year: y, value: minus(u, r), note: `${u} − ${r}` }),
      );
    const d = kpi.filter((k) => k.year === y && k.option === '' && districts.has(k.areaCode));
    if (d.length >= 2) {
      const hi = d.reduce((a, b) => (b.value > a.value ? b : a));
      const lo = d.reduce((a, b) => (b.value < a.value ? b : a));
      out.K_DISTRICT_SPREAD.push(
        withInterval('K_DISTRICT_SPREAD', {
          year: y,
          value: minus(hi.value, lo.value),
          note: `${hi.areaName} ${hi.value} − ${lo.areaName} ${lo.value}`,
        }),
      );
    }
  }
  const total = share.reduce(
    (s, x) => ({ schools: s.schools + x.schools, with: s.with + x.withCounsellor }),
    {
      schools: 0,
      with: 0,
    },
  );
  if (total.schools)
    out.K_COUNSELLOR_SCHOOLS.push({
      year: currentYear,
      value: (total.with / total.schools) * 100,
      note: `${total.with} / ${total.schools}`,
    });
  return out;
}

function targetView(t: IndTarget, series: Point[], currentYear: number): IndTargetView {
  const observed = [...t.history.map((h) => ({ ...h, note: 'plan' })), ...series].sort(
    (a, b) => a.year - b.year,
  );
  const last = observed.at(-1);
  const latest = last ? { year: last.year, value: last.value } : null;
  // without a baseline in the plan the first observation serves, if there is a later one to compare with
  const first = observed[0];
  const baseline =
    t.baseline ??
    (first && latest && first.year < latest.year ? { year: first.year, value: first.value } : null);
  return {
    ...t,
    baseline,
    observed,
    targets: t.targets.map((target) => {
      const narrow = target.comparator === 'narrow';
      const reduction = narrow ? target.reduction : null;
      const computed = progressStatus({
        baseline,
        target: {
          year: target.year,
          value: narrow ? 0 : target.value,
          direction: t.direction,
          reduction,
          strict: target.comparator === '>',
        },
        latest,
        naturalLimit: t.naturalLimit,
        currentYear,
      });
      const override = t.overrides.find((o) => o.targetYear === target.year) ?? null;
      return {
        ...target,
        // a "narrow" target's value is the one implied by its baseline (none without a baseline)
        value: narrow ? computed.targetValue : target.value,
        reduction,
        computed,
        override,
        status: override?.status ?? computed.status,
      };
    }),
  };
}

/** Every target in the plan's order with its progress, and the counsellor share per area. */
export function targetsProgress(
  targets: readonly IndTarget[],
  series: Record<string, Point[]>,
  share: readonly CounsellorShare[],
  areas: readonly IndArea[],
  currentYear: number,
): IndTargetsView {
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return {
    targets: [...targets]
      .sort((a, b) => rank(a.code) - rank(b.code))
      .map((t) => targetView(t, series[t.code] ?? [], currentYear)),
    counsellorShareByArea: share.map((x) => ({
      ...x,
      name: areas.find((a) => a.code === x.area)?.name ?? x.area,
    })),
  };
}
