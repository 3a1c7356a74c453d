// Checks entered figures against their item's value type and breakdown; each issue names the item and option.
import type { Breakdown, Item, ValueCell } from './ind.types.ts';

export interface CellIssue {
  item: string;
  option: string;
  /** Stable code (`ind.value.*`, its text in apps/web/src/i18n/errors/ind.*.ts) with its parameters; `message` is the English text. */
  code: string;
  params: Record<string, string | number>;
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
    const bad = (code: string, message: string, more: Record<string, string | number> = {}) =>
      issues.push({ item: r.item, option, code, params: { item: r.item, option, ...more }, message });
    if (!item) {
      bad('ind.value.unknown_item', `no item ${r.item} on this year's form`);
      continue;
    }
    if (item.retired) {
      bad('ind.value.retired_item', `item ${r.item} is retired for this year`);
      continue;
    }
    const options = item.breakdown
      ? (breakdowns.find((b) => b.code === item.breakdown)?.options.map((o) => o.code) ?? [])
      : [''];
    if (!options.includes(option)) {
      if (item.breakdown)
        bad('ind.value.bad_option', `option must be one of ${options.join(', ')}`, {
          options: options.join(', '),
        });
      else bad('ind.value.no_breakdown', 'this item has no breakdown; leave the option empty');
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
    const value = { value: String(r.value) };
    if (!Number.isFinite(n)) bad('ind.value.not_a_number', `"${r.value}" is not a number`, value);
    else if (n < 0) bad('ind.value.negative', 'must not be negative', value);
    else if (item.valueType === 'integer' && !Number.isInteger(n))
      bad('ind.value.not_whole', 'must be a whole number', value);
    else if (item.valueType === 'percentage' && n > 100)
      bad('ind.value.percentage_over_100', 'a percentage is at most 100', value);
    else if (item.valueType === 'money' && Math.round(n * 100) !== Math.round(n * 100 * 1e6) / 1e6)
      bad('ind.value.money_decimals', 'money has at most 2 decimals', value);
    else if (n > 1e13) bad('ind.value.too_large', 'is too large', { ...value, maximum: 1e13 });
    else cells.push({ item: r.item, option, value: n, text: null });
  }
  return { cells, issues };
}
