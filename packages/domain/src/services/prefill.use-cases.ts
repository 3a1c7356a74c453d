// The 科普统计 form pre-filled from the ledger: the reporting unit's activities (and venues) of the year give the
// figures; the unit confirms them or writes its own, and a figure that differs from the ledger's needs a reason,
// which is kept beside it.
import { authorize } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import { saveIndReport } from '../indicators/reports.use-cases.ts';
import { invalid, issue } from '../kernel/field-error.ts';
import { formGroup, prefillRules } from './prefill.ts';
import { participationKinds } from './svc.codes.ts';
import type { SvcContext } from './svc.ports.ts';
import type { PrefillApplyBody } from './svc.schemas.ts';

export interface PrefillCell {
  item: string;
  option: string;
  value: number;
}

/** The figures the ledger gives a reporting unit's form of a year (only items that are on that form). */
export async function prefillCells(ctx: SvcContext, year: number, indUnitId: number): Promise<PrefillCell[]> {
  const unit = await ctx.stores.ind.findUnit(indUnitId);
  if (!unit) throw notFound('indicators.unit', indUnitId);
  authorize(ctx.actor, 'ind.read', {
    orgUnitId: unit.orgUnitId,
    area: { code: unit.areaCode, path: unit.areaPath },
  });
  const form = await ctx.stores.ind.loadForm(year);
  if (!form || unit.orgUnitId === null) return [];
  const onForm = new Set(form.items.filter((i) => !i.retired).map((i) => i.code));
  const cells: PrefillCell[] = [];
  for (const r of prefillRules) {
    if (!onForm.has(r.item)) continue;
    const owner = r.venues ? { hostUnitId: unit.orgUnitId } : { organiserUnitId: unit.orgUnitId };
    const filter = { year, ...owner, ...r.filter };
    if (r.measure === 'held') {
      const n = (await ctx.stores.svc.held(filter)).reduce((s, h) => s + h.count, 0);
      if (n) cells.push({ item: r.item, option: '', value: n });
      continue;
    }
    const sums = await ctx.stores.svc.participants({ kinds: [...participationKinds], ...filter });
    const by = new Map<string, number>();
    for (const s of sums) {
      if (r.only && s.targetGroup !== r.only) continue;
      const option =
        r.by === 'target_group' ? formGroup(s.targetGroup) : r.by === 'channel' ? (s.mode ?? 'offline') : '';
      by.set(option, (by.get(option) ?? 0) + s.count);
    }
    for (const [option, value] of by) if (value) cells.push({ item: r.item, option, value });
  }
  // an item with several rules (A07, A071: activities and training records) is one cell per option
  const merged = new Map<string, PrefillCell>();
  for (const c of cells) {
    const k = `${c.item}/${c.option}`;
    const m = merged.get(k);
    if (m) m.value += c.value;
    else merged.set(k, { ...c });
  }
  return [...merged.values()];
}

/** The pre-fill beside what the unit has filed and the reasons it gave. */
export async function prefillView(ctx: SvcContext, year: number, indUnitId: number) {
  const cells = await prefillCells(ctx, year, indUnitId);
  const [filed, notes] = await Promise.all([
    ctx.stores.ind.listValues(year, indUnitId),
    ctx.stores.svc.prefillNotes(year, indUnitId),
  ]);
  const key = (c: { item: string; option: string }) => `${c.item}/${c.option}`;
  const filedBy = new Map(filed.map((c) => [key(c), c.value]));
  const noteBy = new Map(notes.map((n) => [key(n), n]));
  return cells.map((c) => ({ ...c, filed: filedBy.get(key(c)) ?? null, note: noteBy.get(key(c)) ?? null }));
}

/** Saves the unit's figures for the pre-filled cells through the form's own save (its window, state and checks). */
export async function applyPrefill(ctx: SvcContext, year: number, indUnitId: number, body: PrefillApplyBody) {
  const suggested = new Map(
    (await prefillCells(ctx, year, indUnitId)).map((c) => [`${c.item}/${c.option}`, c.value]),
  );
  const issues = body.cells.flatMap((c, i) => {
    const s = suggested.get(`${c.item}/${c.option}`) ?? null;
    return c.value !== s && !c.reason
      ? [
          issue(
            `body.cells.${i}.reason`,
            'svc.prefill.reason_missing',
            `${c.item}: a figure other than the ledger's needs a reason`,
            { item: c.item },
          ),
        ]
      : [];
  });
  if (issues.length) throw invalid(issues);
  await saveIndReport(ctx, year, indUnitId, {
    values: body.cells.map((c) => ({ item: c.item, option: c.option, value: c.value })),
  });
  const byName = ctx.actor?.username ?? 'system';
  await ctx.stores.svc.savePrefillNotes(
    year,
    indUnitId,
    body.cells.map((c) => ({
      item: c.item,
      option: c.option,
      suggested: suggested.get(`${c.item}/${c.option}`) ?? null,
      value: c.value,
      reason: c.reason ?? null,
      byName,
    })),
  );
  await ctx.audit.write({
    action: 'svc.prefill.apply',
    entity: 'indicator_report',
    entityId: `${year}/${indUnitId}`,
    after: body.cells,
  });
  return prefillView(ctx, year, indUnitId);
}
