// Data sets as files: CSV text (BOM or not, columns in any order, typed cells) and JSON documents in, and either out.
import { parseCsv, toCsv } from '../ind.csv.ts';
import { type ColumnKind, type DataSet, type Row, refuse, rowIssue } from './exchange.engine.ts';

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

/** CSV text (BOM or not, columns in any order) → raw row objects, and the year of a per-year set's `year` column
 *  (optional; one year per file); a bad header is named as line 1. */
export function csvRows(set: DataSet, text: string): { rows: unknown[]; year: number | null } {
  const lines = parseCsv(text);
  const head = (lines[0] ?? []).map((h) => h.trim());
  const yearAt = set.yearly ? head.indexOf('year') : -1;
  if (yearAt >= 0) head[yearAt] = '';
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
  const years = yearAt < 0 ? [] : [...new Set(lines.slice(1).map((l) => (l[yearAt] ?? '').trim()))];
  const year = Number(years[0]);
  if (years.length > 1 || (years.length === 1 && !Number.isInteger(year))) {
    const k = lines.slice(1).findIndex((l) => (l[yearAt] ?? '').trim() !== years[0]);
    refuse([
      rowIssue(
        Math.max(k, 0),
        'year',
        'ind.csv.one_year_per_file',
        `one year per file; found ${years.join(', ')}`,
        {
          years: years.join(', '),
        },
      ),
    ]);
  }
  const rows = lines.slice(1).map((cells) => {
    const o: Row = {};
    for (const [k, h] of head.entries()) {
      if (h === '') continue;
      const v = cellToValue(set.columns[h], cells[k] ?? '');
      if (v !== undefined) o[h] = v;
    }
    return o;
  });
  return { rows, year: years.length === 1 ? year : null };
}

/** A JSON document `{ format: 'kepu-<set>/1', year?, rows }` → raw rows and the year it names. */
export function jsonRows(set: DataSet, body: unknown): { rows: unknown[]; year: number | null } {
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
  return { rows: doc.rows, year: typeof doc.year === 'number' ? doc.year : null };
}

export function exportDoc(set: DataSet, rows: Row[], year: number | null, format: 'csv' | 'json') {
  if (format === 'json') return { format: formatOf(set), ...(set.yearly ? { year } : {}), rows };
  const cols = Object.keys(set.columns);
  const lead = set.yearly ? ['year'] : [];
  return toCsv(
    [...lead, ...cols],
    rows.map((r) => [...(set.yearly ? [year] : []), ...cols.map((c) => valueToCell(set.columns[c], r[c]))]),
  );
}
