// One engine for every data set exchanged by codes: a data set is a descriptor (columns, zod row schema, key, how to
// read the current rows, how to check references, how to apply a diff); the engine takes the rows of a CSV or JSON file
// (exchange.files.ts), names each bad row and column with a code, diffs against the stored rows and reports adds /
// updates / unchanged / deletes, or applies them with one audit entry.
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

/** One bad row and column (or the header, `line 1`): a stable code with its parameters and the English message. */
export interface ExchangeIssue {
  path: string;
  row: number;
  column: string;
  code: string;
  params: Params;
  message: string;
}
export type Bad = (index: number, column: string, code: string, message: string, params?: Params) => void;

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
  /** Scope per row beyond `ind.import` (a district's populations stay inside its area). */
  authorizeRows?(ctx: IndContext, rows: R[]): Promise<void>;
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

export const rowIssue = (
  index: number,
  column: string,
  code: string,
  message: string,
  params: Params = {},
) => ({
  path: `rows.${index}.${column}`,
  row: index + 1,
  column,
  code,
  params: { row: index + 1, column, ...params },
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

/** Rows parsed by the set's schema; every bad one named (row, column, code), each key once. */
function parseRows(set: DataSet, raw: unknown[], bad: Bad) {
  const rows: Row[] = [];
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
    if (first !== undefined)
      bad(
        k,
        Object.keys(set.columns)[0],
        'ind.exchange.duplicate_key',
        `${key} is also on row ${first + 1}`,
        {
          key,
          firstRow: first + 1,
        },
      );
    seen.set(key, k);
    rows.push(parsed.data);
  }
  return { rows, seen };
}

/** Validates, diffs and (unless a dry run) applies the rows in the caller's transaction, with one audit entry.
 *  The caller has checked `ind.import` for the set. */
export async function runImport(
  ctx: IndContext,
  set: DataSet,
  raw: unknown[],
  year: number | null,
  dryRun: boolean,
): Promise<IndImportView> {
  const issues: ExchangeIssue[] = [];
  const bad: Bad = (i, c, code, m, p) => issues.push(rowIssue(i, c, code, m, p));
  const { rows, seen } = parseRows(set, raw, bad);
  if (issues.length) refuse(issues);
  await set.authorizeRows?.(ctx, rows);
  const current = await set.current(ctx, year);
  const checked = (await set.check?.(ctx, rows, year, bad, current)) ?? rows;
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
