// One engine for every data set exchanged by codes: a data set is a descriptor (columns, zod row schema, key, how to
// read the current rows, how to check references, how to apply a diff); the engine takes the rows of a CSV or JSON file
// (exchange.files.ts), names every bad row and column with a code in one pass (a duplicate, an unknown code and a bad
// number in one file are all listed, each on the row the file shows it on), diffs against the stored rows and reports
// adds / updates / unchanged / deletes, or applies them with one audit entry.
import type { z } from 'zod';
import { DomainError } from '../../errors.ts';
import type { ExchangeSetName } from '../../kernel/audit-codes.ts';
import { listed } from '../../kernel/field-error.ts';
import { zodFieldIssue } from '../../validation.ts';
import type { IndContext } from '../ind.ports.ts';
import type { IndImportChangeView, IndImportView } from '../ind.views.ts';

/** How a column travels in CSV: numbers and booleans are typed; `ntext` is text where an empty cell means null. */
export type ColumnKind =
  | 'text'
  | 'ntext'
  | 'int'
  | 'number'
  | 'bool'
  | { toCell(v: unknown): string; fromCell(s: string): unknown };
export type Row = Record<string, unknown>;
type Params = Record<string, string | number>;

/** One bad row and column (or the header, `line 1`): a stable code with its parameters and the English message. `row`
 *  is the row the file shows it on (a CSV's header is row 1, so its first data row is 2; a JSON row's place in `rows`,
 *  from 1); `path` names the row's index in the file's rows (`rows.0.unit`). */
export interface ExchangeIssue {
  path: string;
  row: number;
  column: string;
  code: string;
  params: Params;
  message: string;
}
export type Bad = (index: number, column: string, code: string, message: string, params?: Params) => void;

/** The rows of a file: raw row objects, the row each is shown on, the year the file names, and the problems found
 *  while reading it (a second year), which are listed with the rows' own. */
export interface FileRows {
  rows: unknown[];
  lines: number[];
  year: number | null;
  issues: ExchangeIssue[];
}

/** A column of names a CSV export writes beside a code column for a reader (单位名称 beside the unit code); an
 *  import ignores it, so a renamed unit does not make an older file wrong. */
export interface NameColumn<R extends Row = Row> {
  header: string;
  after: keyof R & string;
  /** The name of a row's code, looked up once per export. */
  lookup(ctx: IndContext, year: number | null): Promise<(r: R) => string | null>;
}

export interface Diff<R extends Row> {
  add: R[];
  update: { before: R; after: R }[];
  delete: R[];
}

export interface DataSet<R extends Row = Row> {
  name: ExchangeSetName;
  /** The JSON format tag, when not `kepu-<name>/1`. */
  format?: string;
  /** Needs `?year=` (the form sets); other sets carry years in their rows, if at all. */
  yearly: boolean;
  /** The file is the whole set (for its year): rows absent from it are deleted. */
  replaces: boolean;
  columns: Record<keyof R & string, ColumnKind>;
  /** Columns a CSV header may leave out (the row schema or `check` then says what an absent one means). */
  optional?: string[];
  row: z.ZodType<R>;
  key(r: R): string;
  /** Names a CSV export writes beside code columns. */
  names?: NameColumn<R>[];
  /** Scope per row beyond `ind.import` (a district's populations stay inside its area); `rowOf` gives the row the
   *  file shows a row on. */
  authorizeRows?(ctx: IndContext, rows: R[], rowOf: (index: number) => number): Promise<void>;
  current(ctx: IndContext, year: number | null): Promise<R[]>;
  /** References that must exist (areas, items, plan units …), each reported with `bad`; may return the rows in
   *  canonical form (e.g. "1,200" read as 1200 for a numeric item) for the diff. */
  check?(ctx: IndContext, rows: R[], year: number | null, bad: Bad, current: R[]): Promise<R[] | undefined>;
  /** A row that only says "nothing here" (an empty value): a delete when stored, otherwise no change. */
  isEmpty?(r: R): boolean;
  apply(ctx: IndContext, year: number | null, diff: Diff<R>, rows: R[]): Promise<void>;
}

export function refuse(issues: ExchangeIssue[]): never {
  const first = issues[0];
  const where = first.path === 'line 1' ? 'line 1' : `row ${first.row}, column ${first.column}`;
  throw new DomainError(
    'indicators.import_invalid',
    `${issues.length} problem(s); nothing was changed. First: ${where}: ${first.message}`,
    { row: first.row, column: first.column, ...listed(issues) },
  );
}

/** A problem of the row at `index` of the file's rows, shown on row `row`. */
export const rowIssue = (
  index: number,
  row: number,
  column: string,
  code: string,
  message: string,
  params: Params = {},
): ExchangeIssue => ({
  path: `rows.${index}.${column}`,
  row,
  column,
  code,
  params: { row, column, ...params },
  message,
});

/** Key order does not matter (jsonb stores keys in its own order). */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical((v as Row)[k])]),
        )
      : (v ?? null);
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Rows parsed by the set's schema, with the index in the file of each; every bad one named (row, column, code), a
 *  key seen before named on its second row and still checked. */
function parseRows(set: DataSet, raw: unknown[], lines: number[], bad: Bad) {
  const rows: Row[] = [];
  const at: number[] = [];
  const seen = new Map<string, number>();
  for (const [k, r] of raw.entries()) {
    const parsed = set.row.safeParse(r);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const f = zodFieldIssue(i);
        bad(k, String(i.path[0] ?? 'row'), f.code, i.message, f.params);
      }
      continue;
    }
    const key = set.key(parsed.data);
    const first = seen.get(key);
    if (first !== undefined) {
      const shown = key.replace(/\/+$/, ''); // a values key without its empty option: U0001/P01
      bad(
        k,
        Object.keys(set.columns)[0],
        'ind.exchange.duplicate_key',
        `${shown} is also on row ${lines[first]}`,
        {
          key: shown,
          firstRow: lines[first],
        },
      );
    } else seen.set(key, k);
    rows.push(parsed.data);
    at.push(k);
  }
  return { rows, at, seen };
}

/** Validates, diffs and (unless a dry run) applies the rows in the caller's transaction, with one audit entry.
 *  Every problem of the file is listed at once: rows the schema refuses are left out of the reference checks, the
 *  others are checked all the same. The caller has checked `ind.import` for the set. */
export async function runImport(
  ctx: IndContext,
  set: DataSet,
  file: FileRows,
  year: number | null,
  dryRun: boolean,
): Promise<IndImportView> {
  const { rows: raw, lines } = file;
  const issues: ExchangeIssue[] = [...file.issues];
  const bad: Bad = (i, c, code, m, p) => issues.push(rowIssue(i, lines[i] ?? i + 1, c, code, m, p));
  const { rows, at, seen } = parseRows(set, raw, lines, bad);
  await set.authorizeRows?.(ctx, rows, (k) => lines[at[k]] ?? at[k] + 1);
  const current = await set.current(ctx, year);
  const checkedBad: Bad = (i, ...rest) => bad(at[i] ?? i, ...rest);
  const checked = (await set.check?.(ctx, rows, year, checkedBad, current)) ?? rows;
  if (issues.length) refuse(issues.sort((a, b) => a.row - b.row));
  const before = new Map(current.map((r) => [set.key(r), r]));
  const diff: Diff<Row> = { add: [], update: [], delete: [] };
  let unchanged = 0;
  const cols = Object.keys(set.columns);
  const changes: IndImportChangeView[] = [];
  for (const r of checked) {
    const key = set.key(r);
    const old = before.get(key);
    if (set.isEmpty?.(r)) {
      if (!old) unchanged++;
      else {
        diff.delete.push(old);
        changes.push({ change: 'delete', key, before: old });
      }
      continue;
    }
    if (!old) {
      diff.add.push(r);
      changes.push({ change: 'add', key, after: r });
      continue;
    }
    const fields = cols.filter((c) => !same(old[c], r[c]));
    if (!fields.length) unchanged++;
    else {
      diff.update.push({ before: old, after: r });
      changes.push({ change: 'update', key, fields, before: old, after: r });
    }
  }
  if (set.replaces)
    for (const [key, old] of before)
      if (!seen.has(key)) {
        diff.delete.push(old);
        changes.push({ change: 'delete', key, before: old });
      }
  const summary = { add: diff.add.length, update: diff.update.length, unchanged, delete: diff.delete.length };
  if (!dryRun && changes.length) {
    await set.apply(ctx, year, diff, checked);
    await ctx.audit.write({
      action: `indicators.${set.name}.import`,
      entity: 'indicator_exchange',
      entityId: year === null ? set.name : `${set.name}/${year}`,
      before: { update: diff.update.map((u) => u.before), delete: diff.delete },
      after: { summary, add: diff.add, update: diff.update.map((u) => u.after) },
    });
  }
  return {
    set: set.name,
    dryRun,
    year,
    rows: rows.length,
    summary,
    changes: changes.slice(0, 500),
    changesListed: Math.min(changes.length, 500),
  };
}
