// Data sets as files: CSV text (BOM or not, columns in any order, typed cells) and JSON documents in, and either out;
// a CSV export carries the names of its codes beside them (单位名称 beside the unit code), which an import passes over.
import { parseCsvRows, toCsv } from '../ind.csv.ts';
import type { IndContext } from '../ind.ports.ts';
import {
  type ColumnKind,
  type DataSet,
  type FileRows,
  type Row,
  refuse,
  rowIssue,
} from './exchange.engine.ts';

type Params = Record<string, string | number>;

export const formatOf = (set: DataSet) => set.format ?? `kepu-${set.name}/1`;

function cellToValue(kind: ColumnKind, s: string): unknown {
  const t = s.trim();
  if (typeof kind === 'object') return kind.fromCell(t);
  if (kind === 'text') return s;
  if (t === '') return kind === 'bool' ? undefined : null;
  if (kind === 'int' || kind === 'number') {
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? n : t;
  }
  if (kind === 'bool') {
    const v = t.toLowerCase();
    if (['true', '1', 'yes', '是'].includes(v)) return true;
    if (['false', '0', 'no', '否'].includes(v)) return false;
    return t;
  }
  return s;
}

function valueToCell(kind: ColumnKind, v: unknown): string | number | null {
  if (typeof kind === 'object') return kind.toCell(v);
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return String(v);
}

/** CSV text (BOM or not, columns in any order, name columns passed over) → raw row objects on the rows a spreadsheet
 *  shows them on, and the year of a per-year set's `year` column (optional; one year per file: a row naming another is
 *  a problem listed with the others); a bad header is named as line 1. */
export function csvRows(set: DataSet, text: string): FileRows {
  const [header, ...records] = parseCsvRows(text);
  const head = (header?.cells ?? []).map((h) => h.trim());
  const yearAt = set.yearly ? head.indexOf('year') : -1;
  if (yearAt >= 0) head[yearAt] = '';
  const named = new Set((set.names ?? []).map((n) => n.header));
  for (const [k, h] of head.entries()) if (named.has(h)) head[k] = '';
  const names = Object.keys(set.columns);
  const missing = names.filter((n) => !head.includes(n) && !set.optional?.includes(n));
  const extra = head.filter((h) => h !== '' && !names.includes(h));
  if (missing.length || extra.length)
    refuse([
      {
        path: 'line 1',
        row: 0,
        column: missing[0] ?? extra[0],
        code: 'ind.csv.bad_header',
        params: { columns: names.join(','), missing: missing.join(','), unknown: extra.join(',') },
        message: `the header must name the columns ${names.join(',')}${missing.length ? `; missing ${missing.join(',')}` : ''}${extra.length ? `; unknown ${extra.join(',')}` : ''}`,
      },
    ]);
  const lines = records.map((r) => r.row);
  const yearOf = (cells: string[]) => (cells[yearAt] ?? '').trim();
  // a blank year cell is the file's year
  const years = yearAt < 0 ? [] : [...new Set(records.map((r) => yearOf(r.cells)).filter((y) => y !== ''))];
  const first = years.find((y) => /^\d{4}$/.test(y));
  const issues =
    years.length > 1 || (years.length === 1 && first === undefined)
      ? records.flatMap((r, k) =>
          yearOf(r.cells) === first || yearOf(r.cells) === ''
            ? []
            : [
                rowIssue(
                  k,
                  r.row,
                  'year',
                  'ind.csv.one_year_per_file',
                  `one year per file; found ${years.join(', ')}`,
                  {
                    years: years.join(', '),
                  },
                ),
              ],
        )
      : [];
  const rows = records.map(({ cells }) => {
    const o: Row = {};
    for (const [k, h] of head.entries()) {
      if (h === '') continue;
      const v = cellToValue(set.columns[h], cells[k] ?? '');
      if (v !== undefined) o[h] = v;
    }
    return o;
  });
  return { rows, lines, year: first === undefined ? null : Number(first), issues };
}

/** A JSON document `{ format: 'kepu-<set>/1', year?, rows }` → raw rows and the year it names. */
export function jsonRows(set: DataSet, body: unknown): FileRows {
  const doc = body as { format?: unknown; rows?: unknown; year?: unknown } | null;
  const top: (path: string, code: string, message: string, params?: Params) => never = (
    path,
    code,
    message,
    params = {},
  ) => refuse([{ path, row: 0, column: path, code, params, message }]);
  if (!doc || typeof doc !== 'object' || doc.format !== formatOf(set))
    top('format', 'ind.json.bad_format', `format must be ${formatOf(set)}`, { expected: formatOf(set) });
  if (!Array.isArray(doc.rows)) top('rows', 'ind.json.rows_not_list', 'rows must be a list');
  const rows: unknown[] = doc.rows;
  return {
    rows,
    lines: rows.map((_, k) => k + 1),
    year: typeof doc.year === 'number' ? doc.year : null,
    issues: [],
  };
}

/** The rows as a JSON document, or as CSV with the set's name columns beside their codes. */
export async function exportDoc(
  ctx: IndContext,
  set: DataSet,
  rows: Row[],
  year: number | null,
  format: 'csv' | 'json',
) {
  if (format === 'json') return { format: formatOf(set), ...(set.yearly ? { year } : {}), rows };
  const names = await Promise.all(
    (set.names ?? []).map(async (n) => ({ ...n, of: await n.lookup(ctx, year) })),
  );
  const columns = Object.keys(set.columns).flatMap((c) => [
    { header: c, cell: (r: Row) => valueToCell(set.columns[c], r[c]) },
    ...names.filter((n) => n.after === c).map((n) => ({ header: n.header, cell: (r: Row) => n.of(r) })),
  ]);
  const lead = set.yearly ? ['year'] : [];
  return toCsv(
    [...lead, ...columns.map((c) => c.header)],
    rows.map((r) => [...(set.yearly ? [year] : []), ...columns.map((c) => c.cell(r))]),
  );
}
