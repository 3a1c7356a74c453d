// The public snapshot of a year, read from the stores: literacy values and targets, the plan in plain words, progress
// over ACCEPTED accountability reports, key statistics over ACCEPTED statistics reports per area with populations.
// Every field is copied by name (never a spread of a stored record), so no account name or draft figure can ride along.
import { figureRound, progressFigure } from '../accountability/figures.ts';
import { DomainError } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { sumCompleteness } from '../indicators/figures.view.ts';
import type { IndKpiValue } from '../indicators/ind.records.ts';
import { isDemoEstimate } from '../indicators/populations.use-cases.ts';
import { observedSeries, targetsProgress } from '../indicators/targets.view.ts';
import { keyItems, per10k } from './key-figures.ts';
import type { PubContext } from './pub.ports.ts';
import type { PubFigureRow, PubKpiRow, PubProgress, PubSnapshot, PubTarget } from './pub.records.ts';

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

function kpiRow(k: IndKpiValue): PubKpiRow {
  const s = k.source;
  return {
    code: k.code,
    year: k.year,
    areaCode: k.areaCode,
    option: k.option,
    value: k.value,
    sourceKind: s.kind,
    se: s.kind === 'survey' ? s.se : null,
    ciLow: s.kind === 'survey' ? (s.ci?.[0] ?? null) : null,
    ciHigh: s.kind === 'survey' ? (s.ci?.[1] ?? null) : null,
    instrument: s.kind === 'survey' ? s.instrument : null,
    citation: s.kind === 'published' ? s.citation : null,
  };
}

async function planPart(ctx: PubContext): Promise<PubSnapshot['plan']> {
  const p = ctx.plan;
  const name = (id: number) => p.units.get(id)?.name ?? '';
  return {
    title: p.plan.title,
    documentNumber: p.plan.documentNumber,
    issuedOn: p.plan.issuedOn,
    period: { start: p.plan.period.start, end: p.plan.period.end },
    goals: p.targets
      .filter((t) => t.kind === 'target')
      .map((t) => ({
        indicator: t.indicator,
        year: t.year,
        value: t.value,
        comparator: t.comparator,
        unit: t.unit,
        text: t.text,
      })),
    groups: p.groups
      .filter((g) => g.kind === 'action' || g.kind === 'project')
      .map((g) => ({
        kind: g.kind as 'action' | 'project',
        number: g.number,
        title: g.title,
        leadUnits: g.leadUnitIds.map(name),
        tasks: p.tasks
          .filter((t) => t.groupId === g.id)
          .map((t) => ({ number: t.number, title: t.title, units: t.unitIds.map(name) })),
      })),
  };
}

/** The round the progress is of: the year's latest opened round, else the latest opened round of any year (the
 *  statistics of a year are accepted the year after, when that year's rounds run); the basis names it. */
async function progressPart(ctx: PubContext, year: number, districts: { code: string; name: string }[]) {
  const today = ctx.clock.today();
  const rounds = await ctx.stores.acc.listRounds(ctx.plan.plan.id);
  const opened = rounds.filter((r) => r.opensOn <= today);
  const roundYear = opened.some((r) => r.year === year) ? year : Math.max(...opened.map((r) => r.year));
  const s = await ctx.stores.acc.snapshot(ctx.plan.plan.id, { year: roundYear });
  const round = Number.isFinite(roundYear) ? figureRound(s.rounds, roundYear, today) : undefined;
  const groupRows = ctx.plan.groups.filter((g) => g.kind === 'action' || g.kind === 'project');
  if (!round)
    return {
      basis: null,
      overall: null,
      groups: groupRows.map((g) => ({ kind: g.kind as 'action' | 'project', number: g.number, title: g.title, progress: null })),
      districts: districts.map((d) => ({ areaCode: d.code, areaName: d.name, progress: null, units: 0 })),
    } satisfies PubProgress;
  const all = progressFigure(ctx.plan, s, round, undefined);
  const inArea = (code: string) => (u: number) => {
    const a = s.unitAreas.get(u);
    return !!a && (a.code === code || a.path.includes(code));
  };
  const rolled = new Map((all.roll?.groups ?? []).map((g) => [g.id, g.progress]));
  return {
    basis: { round: round.title, year: round.year, acceptedReports: all.basis.accepted },
    overall: round2(all.progress),
    groups: groupRows.map((g) => ({
      kind: g.kind as 'action' | 'project',
      number: g.number,
      title: g.title,
      progress: round2(rolled.get(g.id) ?? null),
    })),
    districts: districts.map((d) => ({
      areaCode: d.code,
      areaName: d.name,
      progress: round2(progressFigure(ctx.plan, s, round, inArea(d.code)).progress),
      units: [...s.unitAreas.keys()].filter(inArea(d.code)).length,
    })),
  } satisfies PubProgress;
}

/** The snapshot of `year` as it would be published now. */
export async function buildSnapshot(ctx: PubContext, year: number): Promise<PubSnapshot> {
  const ind = ctx.stores.ind;
  const form = await ind.loadForm(year);
  if (!form)
    throw fieldError('params.year', 'publication.year_unknown', `no statistics form for ${year}`, { year });
  const areas = await ind.listAreas();
  // the plan's jurisdiction (the tree may hold the province above it, issue 13)
  const root = areas.find((a) => a.code === ctx.plan.plan.jurisdictionCode);
  if (!root) throw new DomainError('publication.year_unknown', 'no area tree', { year });
  const children = areas.filter((a) => a.parentCode === root.code);
  const kpi = (await ind.listKpiValues()).filter((k) => k.year <= year);
  const [targets, share, byArea, total, pops, completeness, populations, progress] = await Promise.all([
    ind.listTargets(),
    ind.counsellorShare(root.code),
    ind.aggregate({ stage: 'accepted', years: [year], root: root.code, dims: ['area', 'item'], items: [...keyItems] }),
    ind.aggregate({ stage: 'accepted', years: [year], root: root.code, dims: ['item'], items: [...keyItems] }),
    ind.populationsFor([root.code, ...children.map((c) => c.code)], year),
    ind.completeness(year, root.code, 'accepted'),
    ind.listPopulations(),
    progressPart(
      ctx,
      year,
      children.map((c) => ({ code: c.code, name: c.name })),
    ),
  ]);
  const items = form.items.filter((i) => (keyItems as readonly string[]).includes(i.code));
  const figureRow = (areaCode: string, areaName: string, value: number | undefined, code: string) => {
    const item = items.find((i) => i.code === code);
    const population = pops.get(areaCode)?.population ?? null;
    const v = value ?? null;
    return {
      year,
      areaCode,
      areaName,
      item: code,
      itemZh: item?.zh ?? code,
      itemEn: item?.en ?? code,
      unit: item?.unit ?? '',
      value: v,
      population,
      per10k: per10k(v, population),
    } satisfies PubFigureRow;
  };
  const figures = items.flatMap((i) => [
    ...children.map((a) =>
      figureRow(a.code, a.name, byArea.find((r) => r.area === a.code && r.item === i.code)?.value, i.code),
    ),
    figureRow(root.code, root.name, total.find((r) => r.item === i.code)?.value, i.code),
  ]);
  const progressView = targetsProgress(
    targets,
    observedSeries(kpi, areas, share, root.code, year),
    share,
    areas,
    year,
  );
  const pubTargets: PubTarget[] = progressView.targets.map((t) => ({
    code: t.code,
    zh: t.zh,
    en: t.en,
    unit: t.unit,
    direction: t.direction,
    baseline: t.baseline ? { year: t.baseline.year, value: t.baseline.value } : null,
    observed: t.observed.map((o) => ({ year: o.year, value: o.value })),
    targets: t.targets.map((x) => ({
      year: x.year,
      value: x.value ?? null,
      comparator: x.comparator,
      status: x.status,
    })),
  }));
  // the populations the per-10,000 figures were divided by (the latest known at or before the year)
  const yearPops = [...pops.entries()].flatMap(([areaCode, p]) =>
    populations.some((x) => x.areaCode === areaCode && x.year === p.year)
      ? [{ areaCode, year: p.year, population: p.population, source: p.source }]
      : [],
  );
  return {
    format: 'kepu-publication/1',
    year,
    jurisdiction: { code: ctx.plan.plan.jurisdictionCode, name: ctx.plan.plan.jurisdictionName },
    plan: await planPart(ctx),
    literacy: {
      rows: kpi.map(kpiRow),
      methods: kpi.flatMap((k) =>
        k.source.kind === 'survey' && k.source.provenance
          ? [{ year: k.year, areaCode: k.areaCode, note: k.source.provenance }]
          : [],
      ),
    },
    targets: pubTargets,
    progress,
    figures,
    completeness: sumCompleteness(completeness, (r) => r.area).map((c) => ({
      year,
      areaCode: c.key,
      areaName: areas.find((a) => a.code === c.key)?.name ?? c.key,
      expected: c.expected,
      accepted: c.counted,
    })),
    populations: yearPops,
    demo:
      ctx.demoData === true ||
      kpi.some((k) => k.demo) ||
      yearPops.some((p) => isDemoEstimate(p.source)),
  };
}
