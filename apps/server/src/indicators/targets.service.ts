// Targets and progress: each target indicator's observed series (KPI values, computed gaps, the schools registry),
// the compound-growth status per target with its inputs, and the office's overrides with a written reason.

import {
  counsellorShare,
  deleteKpiValue,
  deleteSchool,
  findKpiValue,
  findSchool,
  insertSchools,
  listAreas,
  listKpiValues,
  listSchools,
  listTargets,
  setOverride,
  updateSchoolCounsellors,
  upsertKpiValue,
} from '@kepu/db';
import { authorize, DomainError, notFound, progressStatus } from '@kepu/domain';
import { z } from 'zod';
import type { IndCtx } from './tx.ts';

export const overrideSchema = z.strictObject({
  status: z
    .enum(['achieved', 'on_track', 'acceleration_needed', 'limited_progress', 'deterioration', 'no_data'])
    .nullable(),
  reason: z.string().trim().min(5, 'write the reason for the override').max(2000),
});

export const kpiValueSchema = z
  .strictObject({
    code: z.literal('K_LITERACY'),
    year: z.number().int().min(2000).max(2100),
    areaCode: z.string().regex(/^[0-9A-Z]{6,12}$/),
    option: z.enum(['', 'urban', 'rural', 'male', 'female']).default(''),
    value: z.number().min(0).max(100),
    sourceKind: z.enum(['survey', 'published']),
    se: z.number().min(0).max(50).nullable().default(null),
    ciLow: z.number().min(0).max(100).nullable().default(null),
    ciHigh: z.number().min(0).max(100).nullable().default(null),
    instrument: z.string().trim().max(200).nullable().default(null),
    citation: z.string().trim().max(1000).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.sourceKind === 'survey') {
      if (v.se === null)
        ctx.addIssue({ code: 'custom', path: ['se'], message: 'a survey estimate needs its standard error' });
      if (!v.instrument)
        ctx.addIssue({
          code: 'custom',
          path: ['instrument'],
          message: 'a survey estimate needs the instrument version',
        });
      if (v.ciLow !== null && v.ciHigh !== null && !(v.ciLow <= v.value && v.value <= v.ciHigh))
        ctx.addIssue({ code: 'custom', path: ['ciLow'], message: 'the interval must contain the estimate' });
    } else if (!v.citation)
      ctx.addIssue({ code: 'custom', path: ['citation'], message: 'a published figure needs its citation' });
  });

export const schoolSchema = z.strictObject({
  name: z.string().trim().min(2).max(200),
  areaCode: z.string().regex(/^[0-9A-Z]{6,12}$/),
  level: z.enum(['primary', 'junior', 'senior', 'vocational', 'nine_year', 'complete']),
  urbanRural: z.enum(['urban', 'rural']),
  counsellors: z.number().int().min(0).max(500),
});

type Point = { year: number; value: number; note?: string };

async function series(ctx: IndCtx, root: string) {
  const [kpi, areas, share] = await Promise.all([
    listKpiValues(ctx.db, 'K_LITERACY'),
    listAreas(ctx.db),
    counsellorShare(ctx.db, root),
  ]);
  const at = (year: number, area: string, option: string) =>
    kpi.find((k) => k.year === year && k.areaCode === area && k.option === option)?.value;
  const years = [...new Set(kpi.map((k) => k.year))].sort();
  const districts = new Set(
    areas.filter((a) => a.parent_code === root && a.level === 'district').map((a) => a.code),
  );
  const out: Record<string, Point[]> = {
    K_LITERACY: [],
    K_URBAN_RURAL_GAP: [],
    K_DISTRICT_SPREAD: [],
    K_COUNSELLOR_SCHOOLS: [],
  };
  for (const y of years) {
    const city = at(y, root, '');
    if (city !== undefined) out.K_LITERACY.push({ year: y, value: city });
    const u = at(y, root, 'urban');
    const r = at(y, root, 'rural');
    if (u !== undefined && r !== undefined)
      out.K_URBAN_RURAL_GAP.push({ year: y, value: u - r, note: `${u} − ${r}` });
    const d = kpi.filter((k) => k.year === y && k.option === '' && districts.has(k.areaCode));
    if (d.length >= 2) {
      const hi = d.reduce((a, b) => (b.value > a.value ? b : a));
      const lo = d.reduce((a, b) => (b.value < a.value ? b : a));
      out.K_DISTRICT_SPREAD.push({
        year: y,
        value: hi.value - lo.value,
        note: `${hi.areaName} ${hi.value} − ${lo.areaName} ${lo.value}`,
      });
    }
  }
  const total = share.reduce(
    (s, x) => ({ schools: s.schools + x.schools, with: s.with + x.withCounsellor }),
    { schools: 0, with: 0 },
  );
  if (total.schools)
    out.K_COUNSELLOR_SCHOOLS.push({
      year: new Date().getUTCFullYear(),
      value: (total.with / total.schools) * 100,
      note: `${total.with} / ${total.schools}`,
    });
  return { out, share, areas };
}

export async function targetsWithProgress(ctx: IndCtx) {
  const root = (await listAreas(ctx.db)).find((a) => a.parent_code === null)?.code ?? '211100';
  const [targets, s] = await Promise.all([listTargets(ctx.db), series(ctx, root)]);
  const order = ['K_LITERACY', 'K_URBAN_RURAL_GAP', 'K_DISTRICT_SPREAD', 'K_COUNSELLOR_SCHOOLS'];
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return {
    targets: [...targets]
      .sort((a, b) => rank(a.code) - rank(b.code))
      .map((t) => {
        const observed = [...t.history.map((h) => ({ ...h, note: 'plan' })), ...(s.out[t.code] ?? [])].sort(
          (a, b) => a.year - b.year,
        );
        const baseline =
          t.baseline ?? (observed[0] ? { year: observed[0].year, value: observed[0].value } : null);
        const latest = observed.filter((p) => baseline && p.year > baseline.year).at(-1) ?? null;
        return {
          ...t,
          baseline,
          observed,
          targets: t.targets.map((target) => {
            const reduction = target.comparator === 'narrow' ? target.reduction : null;
            const computed = baseline
              ? progressStatus({
                  baseline,
                  target: {
                    year: target.year,
                    value: target.comparator === 'narrow' ? 0 : target.value,
                    direction: t.direction,
                    reduction,
                  },
                  latest: latest && { year: latest.year, value: latest.value },
                  naturalLimit: t.naturalLimit,
                })
              : {
                  status: 'no_data' as const,
                  actualCagr: null,
                  requiredCagr: null,
                  ratio: null,
                  targetValue: null,
                  inputs: null,
                };
            const override = t.overrides.find((o) => o.targetYear === target.year) ?? null;
            return {
              ...target,
              // a "narrow" target's value is the one implied by its baseline (none without a baseline)
              value: target.comparator === 'narrow' ? computed.targetValue : target.value,
              reduction,
              computed,
              override,
              status: override?.status ?? computed.status,
            };
          }),
        };
      }),
    counsellorShareByArea: s.share.map((x) => ({
      ...x,
      name: s.areas.find((a) => a.code === x.area)?.name ?? x.area,
    })),
  };
}

export async function overrideStatus(
  ctx: IndCtx,
  code: string,
  year: number,
  input: z.infer<typeof overrideSchema>,
) {
  authorize(ctx.actor, 'ind.admin');
  const t = (await listTargets(ctx.db)).find((x) => x.code === code);
  if (!t) throw notFound('indicators.target', code);
  if (!t.targets.some((x) => x.year === year)) throw notFound('indicators.target_year', `${code}/${year}`);
  const before = t.overrides.find((o) => o.targetYear === year) ?? null;
  await setOverride(ctx.db, {
    code,
    targetYear: year,
    status: input.status,
    reason: input.reason,
    by: ctx.actor?.username ?? 'system',
  });
  await ctx.audit('indicators.target.override', 'indicator_target', `${code}/${year}`, before, input);
  return targetsWithProgress(ctx);
}

export async function addKpiValue(ctx: IndCtx, input: z.infer<typeof kpiValueSchema>) {
  authorize(ctx.actor, 'ind.admin');
  await upsertKpiValue(ctx.db, { ...input }, ctx.actor?.username ?? 'system');
  await ctx.audit(
    'indicators.kpi.set',
    'indicator_kpi',
    `${input.code}/${input.year}/${input.areaCode}/${input.option}`,
    undefined,
    input,
  );
  return listKpiValues(ctx.db, input.code);
}

/** Removes a wrongly entered literacy value (the office); the progress series is recomputed from what is left. */
export async function removeKpiValue(ctx: IndCtx, id: number) {
  authorize(ctx.actor, 'ind.admin');
  const before = await findKpiValue(ctx.db, id);
  if (!before) throw notFound('indicators.kpi', id);
  await deleteKpiValue(ctx.db, id);
  const key = `${before.code}/${before.year}/${before.area_code}/${before.option_code}`;
  await ctx.audit('indicators.kpi.delete', 'indicator_kpi', key, before, undefined);
  return listKpiValues(ctx.db);
}

/** The office, or the education bureau's liaison, keeps the schools registry (also the schools data set's rule). */
export async function isSchoolsKeeper(ctx: IndCtx): Promise<boolean> {
  if (ctx.actor?.role === 'office') return true;
  if (ctx.actor?.role !== 'liaison' || ctx.actor.unitId === null) return false;
  const u = await ctx.db.selectFrom('org_units').select('name').where('id', '=', ctx.actor.unitId).executeTakeFirst();
  return !!u && /教育局$/.test(u.name);
}

async function requireSchoolsKeeper(ctx: IndCtx) {
  if (!(await isSchoolsKeeper(ctx)))
    throw new DomainError('auth.forbidden', 'only the office or the education bureau keeps the schools registry');
}

/** Whether the signed-in user keeps the schools registry (the web page shows edit controls only then). */
export async function canKeepSchools(ctx: IndCtx) {
  return { canEdit: await isSchoolsKeeper(ctx) };
}

export async function addSchool(ctx: IndCtx, input: z.infer<typeof schoolSchema>) {
  await requireSchoolsKeeper(ctx);
  await insertSchools(ctx.db, [input]);
  await ctx.audit('indicators.school.add', 'indicator_school', input.name, undefined, input);
  return listSchools(ctx.db);
}

export async function setCounsellors(ctx: IndCtx, id: number, counsellors: number) {
  await requireSchoolsKeeper(ctx);
  const before = await findSchool(ctx.db, id);
  if (!before) throw notFound('indicators.school', id);
  await updateSchoolCounsellors(ctx.db, id, counsellors);
  await ctx.audit(
    'indicators.school.counsellors',
    'indicator_school',
    id,
    { counsellors: before.counsellors },
    { counsellors },
  );
  return listSchools(ctx.db);
}

/** Removes a school from the registry; no stored row refers to a school (the counsellor share is computed live). */
export async function removeSchool(ctx: IndCtx, id: number) {
  await requireSchoolsKeeper(ctx);
  const before = await findSchool(ctx.db, id);
  if (!before) throw notFound('indicators.school', id);
  await deleteSchool(ctx.db, id);
  await ctx.audit('indicators.school.delete', 'indicator_school', id, before, undefined);
  return listSchools(ctx.db);
}

export const schools = (ctx: IndCtx) => listSchools(ctx.db);
export const kpiValues = (ctx: IndCtx) => listKpiValues(ctx.db);
