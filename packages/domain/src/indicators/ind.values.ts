// Checks entered figures against their item's value type and breakdown; each issue names the item and option.
import type { Breakdown, Item, ValueCell } from './ind.types.ts';

export interface CellIssue {
  item: string;
  option: string;
  message: string;
}

export interface RawCell {
  item: string;
  option?: string;
  value: number | string | null;
}

/** Turns raw cells into stored ones, or lists what is wrong with each bad one. */
export function normaliseCells(
  items: readonly Item[],
  breakdowns: readonly Breakdown[],
  raw: readonly RawCell[],
) {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const cells: ValueCell[] = [];
  const issues: CellIssue[] = [];
  for (const r of raw) {
    const option = r.option ?? '';
    const item = byCode.get(r.item);
    const bad = (message: string) => issues.push({ item: r.item, option, message });
    if (!item) {
      bad(`no item ${r.item} on this year's form`);
      continue;
    }
    if (item.retired) {
      bad(`item ${r.item} is retired for this year`);
      continue;
    }
    const options = item.breakdown
      ? (breakdowns.find((b) => b.code === item.breakdown)?.options.map((o) => o.code) ?? [])
      : [''];
    if (!options.includes(option)) {
      bad(
        item.breakdown
          ? `option must be one of ${options.join(', ')}`
          : 'this item has no breakdown; leave the option empty',
      );
      continue;
    }
    if (r.value === null || r.value === '') {
      cells.push({ item: r.item, option, value: null, text: null });
      continue;
    }
    if (item.valueType === 'text') {
      cells.push({ item: r.item, option, value: null, text: String(r.value).slice(0, 2000) });
      continue;
    }
    const n = typeof r.value === 'number' ? r.value : Number(String(r.value).replace(/[,\s]/g, ''));
    if (!Number.isFinite(n)) bad(`"${r.value}" is not a number`);
    else if (n < 0) bad('must not be negative');
    else if (item.valueType === 'integer' && !Number.isInteger(n)) bad('must be a whole number');
    else if (item.valueType === 'percentage' && n > 100) bad('a percentage is at most 100');
    else if (item.valueType === 'money' && Math.round(n * 100) !== Math.round(n * 100 * 1e6) / 1e6)
      bad('money has at most 2 decimals');
    else if (n > 1e13) bad('is too large');
    else cells.push({ item: r.item, option, value: n, text: null });
  }
  return { cells, issues };
}
