// Values in and out by codes (year, unit code, item code, option): CSV or JSON, with a dry run that reports what
// would change. An import with any bad row changes nothing and names each row.

import {
  type Database,
  findIndUnitByCode,
  findReport,
  listIndUnits,
  listValues,
  saveValues,
  updateReport,
} from '@kepu/db';
import {
  authorize,
  DomainError,
  isLocked,
  normaliseCells,
  parseCsv,
  type RawCell,
  toCsv,
  type ValueCell,
  validationError,
} from '@kepu/domain';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { getForm } from './registry.service.ts';
import type { IndCtx } from './tx.ts';

export const HEADER = ['year', 'unit', 'item', 'option', 'value'] as const;

export const valuesDocSchema = z.strictObject({
  format: z.literal('kepu-indicator-values/1'),
  year: z.number().int().min(2000).max(2100),
  rows: z
    .array(
      z.strictObject({
        unit: z.string().min(1).max(40),
        item: z.string().min(1).max(32),
        option: z.string().max(32).default(''),
        value: z.union([z.number(), z.string(), z.null()]),
      }),
    )
    .max(200_000),
});
export type ValuesDoc = z.infer<typeof valuesDocSchema>;

async function exportRows(db: Kysely<Database>, year: number) {
  const r = await sql<{
    unit: string;
    item: string;
    option: string;
    value: number | null;
    text_value: string | null;
  }>`
    select u.code as unit, v.item_code as item, v.option_code as option, v.value, v.text_value
    from ind_values v join ind_units u on u.id = v.unit_id left join ind_items i on i.year = v.year and i.code = v.item_code
    where v.year = ${year} order by u.code, i.position, v.option_code`.execute(db);
  return r.rows.map((x) => ({
    unit: x.unit,
    item: x.item,
    option: x.option,
    value: x.value ?? x.text_value,
  }));
}

export async function exportValues(ctx: IndCtx, year: number, format: 'csv' | 'json') {
  if (!ctx.actor || !['office', 'viewer'].includes(ctx.actor.role))
    throw new DomainError('auth.forbidden', 'only the office and viewers export whole data sets');
  await getForm(ctx, year);
  const rows = await exportRows(ctx.db, year);
  if (format === 'json')
    return { body: { format: 'kepu-indicator-values/1' as const, year, rows }, count: rows.length };
  return {
    body: toCsv(
      HEADER,
      rows.map((r) => [year, r.unit, r.item, r.option, r.value]),
    ),
    count: rows.length,
  };
}

/** Reads CSV text into the JSON shape; a malformed line is named by its line number. */
export function csvToDoc(text: string): ValuesDoc {
  const lines = parseCsv(text);
  const head = lines[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  if (HEADER.some((h, k) => head[k] !== h)) {
    throw new DomainError('validation.failed', `line 1: the header must be ${HEADER.join(',')}`, {
      issues: [{ path: 'line 1', message: `header must be ${HEADER.join(',')}` }],
    });
  }
  const years = new Set(lines.slice(1).map((l) => l[0]));
  if (years.size > 1)
    throw new DomainError('validation.failed', 'one year per file', {
      issues: [{ path: 'year', message: `one year per file, found ${[...years].join(', ')}` }],
    });
  const year = Number([...years][0]);
  const parsed = valuesDocSchema.safeParse({
    format: 'kepu-indicator-values/1',
    year: Number.isInteger(year) ? year : 0,
    rows: lines.slice(1).map((l) => ({
      unit: l[1] ?? '',
      item: l[2] ?? '',
      option: l[3] ?? '',
      value: l[4] === undefined || l[4] === '' ? null : l[4],
    })),
  });
  if (!parsed.success) throw validationError('validation.failed', parsed.error.issues, 'csv');
  return parsed.data;
}

export async function importValues(ctx: IndCtx, doc: ValuesDoc, dryRun: boolean) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getForm(ctx, doc.year);
  const issues: { path: string; row: number; message: string }[] = [];
  const byUnit = new Map<number, { code: string; cells: ValueCell[] }>();
  const units = new Map((await listIndUnits(ctx.db)).map((u) => [u.code, u]));
  const bad = (row: number, field: string, message: string) =>
    issues.push({ path: `rows.${row}.${field}`, row: row + 1, message });
  const seen = new Set<string>();
  for (const [k, r] of doc.rows.entries()) {
    const unit = units.get(r.unit) ?? (await findIndUnitByCode(ctx.db, r.unit));
    if (!unit) {
      bad(k, 'unit', `no reporting unit ${r.unit}`);
      continue;
    }
    const key = `${r.unit}/${r.item}/${r.option}`;
    if (seen.has(key)) bad(k, 'item', `${key} appears twice`);
    seen.add(key);
    const { cells, issues: cellIssues } = normaliseCells(form.items, form.breakdowns, [r as RawCell]);
    for (const i of cellIssues)
      bad(
        k,
        i.message.includes('option') || i.message.includes('breakdown')
          ? 'option'
          : i.message.startsWith('no item')
            ? 'item'
            : 'value',
        i.message,
      );
    const entry = byUnit.get(unit.id) ?? { code: unit.code, cells: [] };
    entry.cells.push(...cells);
    byUnit.set(unit.id, entry);
  }
  const changes: {
    unit: string;
    item: string;
    option: string;
    before: number | string | null;
    after: number | string | null;
    change: 'add' | 'update' | 'delete';
  }[] = [];
  for (const [unitId, { code, cells }] of byUnit) {
    const report = await findReport(ctx.db, doc.year, unitId);
    if (!report) {
      bad(
        doc.rows.findIndex((r) => r.unit === code),
        'unit',
        `${code} has no ${doc.year} form assigned`,
      );
      continue;
    }
    if (isLocked(report.state)) {
      bad(
        doc.rows.findIndex((r) => r.unit === code),
        'unit',
        `${code}'s ${doc.year} report is ${report.state} (locked by ${report.lock?.by ?? '?'}); unlock it first`,
      );
      continue;
    }
    const old = new Map(
      (await listValues(ctx.db, doc.year, unitId)).map((c) => [
        `${c.item}/${c.option}`,
        c.value ?? c.text ?? null,
      ]),
    );
    for (const c of cells) {
      const before = old.get(`${c.item}/${c.option}`) ?? null;
      const after = c.value ?? c.text ?? null;
      if (before === after) continue;
      changes.push({
        unit: code,
        item: c.item,
        option: c.option,
        before,
        after,
        change: before === null ? 'add' : after === null ? 'delete' : 'update',
      });
    }
  }
  if (issues.length)
    throw new DomainError(
      'indicators.import_invalid',
      `${issues.length} bad row(s); nothing was changed. First: row ${issues[0].row} ${issues[0].message}`,
      { issues },
    );
  const summary = { add: 0, update: 0, delete: 0 };
  for (const c of changes) summary[c.change]++;
  if (!dryRun) {
    for (const [unitId, { code, cells }] of byUnit) {
      const mine = changes.filter((c) => c.unit === code);
      if (!mine.length) continue;
      const changed = cells.filter((c) => mine.some((m) => m.item === c.item && m.option === c.option));
      await saveValues(ctx.db, doc.year, unitId, changed, ctx.actor?.username ?? 'system');
      await updateReport(ctx.db, doc.year, unitId, { state: 'draft' });
      await ctx.audit(
        'indicators.values.import',
        'indicator_report',
        `${doc.year}/${unitId}`,
        mine.map((m) => ({ item: m.item, option: m.option, value: m.before })),
        mine.map((m) => ({ item: m.item, option: m.option, value: m.after })),
      );
    }
  }
  return {
    dryRun,
    year: doc.year,
    rows: doc.rows.length,
    summary,
    changes: changes.slice(0, 500),
    changesListed: Math.min(changes.length, 500),
  };
}
