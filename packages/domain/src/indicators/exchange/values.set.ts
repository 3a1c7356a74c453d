// The filed values as an exchanged data set (year, unit code, item code, option, value): read per year, written at
// once (importValues: the rollups kept once per import, the units' reports back to draft),
// refused while a report is locked or unassigned; an empty value deletes the stored figure.
import { z } from 'zod';
import { getIndForm } from '../form.use-cases.ts';
import type { ValueCell } from '../ind.types.ts';
import { normaliseCells, type RawCell } from '../ind.values.ts';
import { isLocked } from '../ind.workflow.ts';
import type { DataSet } from './exchange.engine.ts';
import { itemName, optionName, unitName } from './exchange.names.ts';

const valueRow = z.strictObject({
  unit: z.string().min(1).max(40),
  item: z.string().min(1).max(32),
  option: z.string().max(32).default(''),
  value: z.union([z.number(), z.string(), z.null()]).default(null),
});
type ValueRow = z.infer<typeof valueRow>;

const cellOf = (r: ValueRow): ValueCell => ({
  item: r.item,
  option: r.option,
  value: typeof r.value === 'number' ? r.value : null,
  text: typeof r.value === 'string' ? r.value : null,
});

/** The column a bad figure is named by: the item, its option, or the value. */
const columnOf = (code: string) =>
  code === 'ind.value.unknown_item'
    ? 'item'
    : code === 'ind.value.bad_option' || code === 'ind.value.no_breakdown'
      ? 'option'
      : 'value';

export const valuesSet: DataSet<ValueRow> = {
  name: 'values',
  format: 'kepu-indicator-values/1',
  yearly: true,
  replaces: false,
  columns: { unit: 'text', item: 'text', option: 'text', value: 'ntext' },
  names: [unitName('unit'), itemName('item'), optionName()],
  row: valueRow,
  key: (r) => `${r.unit}/${r.item}/${r.option}`,
  isEmpty: (r) => r.value === null,
  async current(ctx, year) {
    await getIndForm(ctx, year ?? 0);
    return ctx.stores.ind.listCodedValues(year ?? 0);
  },
  /** Units and items must exist and figures be right for their item; a row that would change a figure needs the unit's report assigned and unlocked (the same
   *  figure again is no change, so a locked year's own export reads back as unchanged). */
  async check(ctx, rows, year, bad, current) {
    const form = await getIndForm(ctx, year ?? 0);
    // Lookups built once per import, not per row: a row is checked against its own item only.
    const items = new Map(form.items.map((i) => [i.code, [i]]));
    const units = new Map((await ctx.stores.ind.listUnits()).map((u) => [u.code, u]));
    const stored = new Map(current.map((r) => [valuesSet.key(r), r.value]));
    const reports = new Map((await ctx.stores.ind.listReports(form.year)).map((r) => [r.unitId, r]));
    const refusal = new Map<
      string,
      { code: string; message: string; params: Record<string, string | number> } | null
    >();
    const done = new Set<string>();
    const out: ValueRow[] = [];
    for (const [k, r] of rows.entries()) {
      const unit = units.get(r.unit);
      if (!unit) bad(k, 'unit', 'ind.exchange.unknown_unit', `no reporting unit ${r.unit}`, { unit: r.unit });
      // the item and its figure are checked whatever the unit: every problem of a row is listed at once
      const { cells, issues } = normaliseCells(items.get(r.item) ?? [], form.breakdowns, [r as RawCell]);
      for (const i of issues) bad(k, columnOf(i.code), i.code, i.message, i.params);
      for (const c of cells) {
        const row = { unit: r.unit, item: c.item, option: c.option, value: c.value ?? c.text ?? null };
        out.push(row);
        if (!unit || (stored.get(valuesSet.key(row)) ?? null) === row.value || done.has(r.unit)) continue;
        if (!refusal.has(r.unit)) {
          // one read for the year's reports; a locked one is read again for who locked it
          const listed = reports.get(unit.id);
          const report =
            listed && isLocked(listed.state) ? await ctx.stores.ind.findReport(form.year, unit.id) : listed;
          const at = { unit: r.unit, year: form.year };
          refusal.set(
            r.unit,
            !report
              ? {
                  code: 'ind.values.no_report',
                  message: `${r.unit} has no ${form.year} form assigned`,
                  params: at,
                }
              : isLocked(report.state)
                ? {
                    code: 'ind.values.report_locked',
                    message: `${r.unit}'s ${form.year} report is ${report.state} (locked by ${report.lock?.by ?? '?'}); unlock it first`,
                    params: {
                      ...at,
                      state: report.state,
                      // who locked it as people read it (unit and name), the account where no name is known
                      lockedBy: report.lock?.name ?? report.lock?.by ?? '?',
                      lockReason: report.lock?.reason ?? '',
                    },
                  }
                : null,
          );
        }
        const why = refusal.get(r.unit);
        if (why) {
          bad(k, 'unit', why.code, why.message, why.params);
          done.add(r.unit);
        }
      }
    }
    return out;
  },
  async apply(ctx, year, diff) {
    const ids = new Map((await ctx.stores.ind.listUnits()).map((u) => [u.code, u.id]));
    const cell = (r: ValueRow, c: ValueCell) => ({ ...c, unitId: ids.get(r.unit) ?? 0 });
    const cells = [
      ...[...diff.add, ...diff.update.map((u) => u.after)].map((r) => cell(r, cellOf(r))),
      ...diff.delete.map((r) => cell(r, { ...cellOf(r), value: null, text: null })),
    ];
    await ctx.stores.ind.importValues(year ?? 0, cells, ctx.actor?.username ?? 'system');
  },
};
