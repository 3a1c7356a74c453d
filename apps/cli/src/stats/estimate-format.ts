// Prints an estimate result as an aligned table, JSON or CSV.
import type { ByValue, EstimateResult } from './estimate-result.ts';

export function formatResult(r: EstimateResult, format: 'table' | 'json' | 'csv', level: number): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  const byCols = r.estimates.length > 0 ? Object.keys(r.estimates[0].by) : [];
  const hasLevel = r.estimates.some((e) => e.level !== undefined);
  const hasCi = r.estimates.some((e) => e.ci !== undefined);
  const hasDeff = r.estimates.some((e) => e.deff !== undefined);
  const pct = `${Number((level * 100).toPrecision(6))}%`;
  const header = [...byCols, 'variable', ...(hasLevel ? ['level'] : []), 'estimate', 'se'];
  if (hasCi)
    header.push(
      format === 'csv' ? 'ci_lower' : `${pct} lower`,
      format === 'csv' ? 'ci_upper' : `${pct} upper`,
    );
  if (hasDeff) header.push('deff');
  const num = format === 'csv' ? csvNumber : tableNumber;
  const rows = r.estimates.map((e) => {
    const cells: string[] = byCols.map((c) => byText(e.by[c]));
    cells.push(e.variable);
    if (hasLevel) cells.push(e.level ?? '');
    cells.push(num(e.estimate), num(e.se));
    if (hasCi) cells.push(e.ci ? num(e.ci[0]) : '', e.ci ? num(e.ci[1]) : '');
    if (hasDeff) cells.push(e.deff === undefined ? '' : num(e.deff));
    return cells;
  });
  if (format === 'csv')
    return `${[header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\n')}\n`;
  const textCols = byCols.length + 1 + (hasLevel ? 1 : 0);
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((c) => c[j].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, j) => (j < textCols ? c.padEnd(widths[j]) : c.padStart(widths[j])))
      .join('  ')
      .trimEnd();
  const title = `${r.statistic}, ${r.df} degrees of freedom`;
  return `${[title, '', line(header), ...rows.map(line)].join('\n')}\n`;
}

const byText = (v: ByValue): string => (v === null ? 'NA' : String(v));

function tableNumber(x: number): string {
  if (Number.isNaN(x)) return 'NA';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e15 || abs < 1e-4) return x.toExponential(6).replace(/\.?0+e/, 'e');
  const s = x.toPrecision(7);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

const csvNumber = (x: number): string => (Number.isNaN(x) ? 'NA' : String(x));

const csvCell = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
