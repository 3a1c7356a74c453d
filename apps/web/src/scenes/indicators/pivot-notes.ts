// What the pivot's special rows and multi-year figures mean: the root's own units, the root total, and stock items
// over several years (each unit's latest year) — as names for the rows and sentences for the note under the table.
import type { TFunction } from 'i18next';
import type { Pivot } from '../../api/indicators/types.ts';

/** Row names for the units attached to the root itself and for the total of every unit under the root. */
export function rootNames(p: Pivot, t: TFunction) {
  const level = p.root.level;
  return {
    direct: t(`ind.pivot.direct.${level}`, { defaultValue: t('ind.pivot.direct.other') }),
    total: t(`ind.pivot.rootTotal.${level}`, { defaultValue: t('ind.pivot.rootTotal.other') }),
  };
}

/** Rows by area alone: every child area gets a row, one without figures a row of "—" (not left out). */
export const rowPerArea = (p: Pivot) => p.rows.length === 1 && p.rows[0] === 'area';

/** The explanations shown under the table (and as tooltips of the rows they explain). */
export function pivotNotes(p: Pivot, t: TFunction, en: boolean) {
  const names = rootNames(p, t);
  const vars = { ...names, name: p.root.name };
  const hasDirect = rowPerArea(p) || p.cells.some((c) => c.area === p.root.code);
  const stocks = p.latestStocks.cells || p.latestStocks.totals;
  return {
    direct: hasDirect ? t('ind.pivot.directNote', vars) : null,
    total: t('ind.pivot.totalNote', vars),
    stocks: stocks ? t('ind.pivot.stocksNote', { years: p.years.join(en ? ', ' : '、') }) : null,
  };
}
