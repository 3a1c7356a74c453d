// The filed values as an exchanged data set (year, unit code, item code, option, value): read and written per report,
// refused while a report is locked or unassigned; an empty value deletes the stored figure. The engine and the other
// sets are in ./exchange/.

import { listIndUnits, findReport, saveValues, updateReport } from '@kepu/db';
import { isLocked, normaliseCells, type RawCell, type ValueCell } from '@kepu/domain';
import { sql } from 'kysely';
import { z } from 'zod';
import { type DataSet, office } from './exchange/engine.ts';
import { getForm } from './registry.service.ts';

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

export const valuesSet: DataSet<ValueRow> = {
  name: 'values',
  format: 'kepu-indicator-values/1',
  yearly: true,
  replaces: false,
  columns: { unit: 'text', item: 'text', option: 'text', value: 'ntext' },
  row: valueRow,
  key: (r) => `${r.unit}/${r.item}/${r.option}`,
  isEmpty: (r) => r.value === null,
  authorizeImport: office,
  async current(ctx, year) {
    await getForm(ctx, year ?? 0);
    const r = await sql<{ unit: string; item: string; option: string; value: number | null; text: string | null }>`
      select u.code as unit, v.item_code as item, v.option_code as option, v.value, v.text_value as text
      from ind_values v join ind_units u on u.id = v.unit_id
      left join ind_items i on i.year = v.year and i.code = v.item_code
      where v.year = ${year} order by u.code, i.position, v.option_code`.execute(ctx.db);
    return r.rows.map((x) => ({ unit: x.unit, item: x.item, option: x.option, value: x.value ?? x.text }));
  },
  /** Units must exist; a row that would change a figure needs the unit's report assigned and unlocked (the same
   *  figure again is no change, so a locked year's own export reads back as unchanged). */
  async check(ctx, rows, year, bad, current) {
    const form = await getForm(ctx, year ?? 0);
    // Lookups built once per import, not per row: a row is checked against its own item only.
    const items = new Map(form.items.map((i) => [i.code, [i]]));
    const units = new Map((await listIndUnits(ctx.db)).map((u) => [u.code, u]));
    const stored = new Map(current.map((r) => [valuesSet.key(r), r.value]));
    const refusal = new Map<string, string | null>();
    const out: ValueRow[] = [];
    for (const [k, r] of rows.entries()) {
      const unit = units.get(r.unit);
      if (!unit) {
        bad(k, 'unit', `no reporting unit ${r.unit}`);
        continue;
      }
      const { cells, issues } = normaliseCells(items.get(r.item) ?? [], form.breakdowns, [r as RawCell]);
      for (const i of issues)
        bad(k, /option|breakdown/.test(i.message) ? 'option' : i.message.startsWith('no item') ? 'item' : 'value', i.message);
      for (const c of cells) {
        const row = { unit: r.unit, item: c.item, option: c.option, value: c.value ?? c.text ?? null };
        out.push(row);
        if ((stored.get(valuesSet.key(row)) ?? null) === row.value || refusal.get(r.unit) === '') continue;
        if (!refusal.has(r.unit)) {
          const report = await findReport(ctx.db, form.year, unit.id);
          refusal.set(
            r.unit,
            !report
              ? `${r.unit} has no ${form.year} form assigned`
              : isLocked(report.state)
                ? `${r.unit}'s ${form.year} report is ${report.state} (locked by ${report.lock?.by ?? '?'}); unlock it first`
                : null,
          );
        }
        const why = refusal.get(r.unit);
        if (why) {
          bad(k, 'unit', why);
          refusal.set(r.unit, '');
        }
      }
    }
    return out;
  },
  async apply(ctx, year, diff) {
    const y = year ?? 0;
    const ids = new Map((await listIndUnits(ctx.db)).map((u) => [u.code, u.id]));
    const byUnit = new Map<string, ValueCell[]>();
    const put = (unit: string, cell: ValueCell) => {
      const cells = byUnit.get(unit);
      if (cells) cells.push(cell);
      else byUnit.set(unit, [cell]);
    };
    for (const r of [...diff.add, ...diff.update.map((u) => u.after)]) put(r.unit, cellOf(r));
    for (const r of diff.delete) put(r.unit, { ...cellOf(r), value: null, text: null });
    for (const [code, cells] of byUnit) {
      const id = ids.get(code) ?? 0;
      await saveValues(ctx.db, y, id, cells, ctx.actor?.username ?? 'system');
      await updateReport(ctx.db, y, id, { state: 'draft' });
    }
  },
};
