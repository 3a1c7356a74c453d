// Every statistics data set exchanged by codes, and the two entry points the routes and the CLI call. The values keep
// their own importer (per-report locks and states, apps/server/src/indicators/exchange.service.ts) behind the same API.

import { DomainError, validationError } from '@kepu/domain';
import { csvToDoc, exportValues, importValues, valuesDocSchema } from '../exchange.service.ts';
import type { IndCtx } from '../tx.ts';
import { csvRows, type DataSet, exportDoc, jsonRows, runImport } from './engine.ts';
import { computedSet, itemsSet, rulesSet } from './form-sets.ts';
import { kpiSet, populationsSet, schoolsSet, targetsSet, unitsSet } from './register-sets.ts';

const sets = [itemsSet, rulesSet, computedSet, unitsSet, populationsSet, kpiSet, schoolsSet, targetsSet] as DataSet[];
export const dataSetNames = ['values', ...sets.map((s) => s.name)] as const;
/** Which sets need `year` (the values and the form's parts). */
export const yearlySets = ['values', ...sets.filter((s) => s.yearly).map((s) => s.name)];

function setOf(name: string): DataSet {
  const set = sets.find((s) => s.name === name);
  if (!set) throw new DomainError('indicators.set_not_found', `no data set ${name}; use ${dataSetNames.join(', ')}`);
  return set;
}

function needYear(year: number | null): number {
  if (year === null)
    throw new DomainError('validation.failed', 'query.year: this data set is per year; say which', {
      issues: [{ path: 'query.year', message: 'this data set is per year; say which' }],
    });
  return year;
}

export async function exportSet(ctx: IndCtx, name: string, year: number | null, format: 'csv' | 'json') {
  if (name === 'values') return exportValues(ctx, needYear(year), format);
  const set = setOf(name);
  const allowed = set.canExport
    ? await set.canExport(ctx)
    : ['office', 'viewer'].includes(ctx.actor?.role ?? '');
  if (!allowed) throw new DomainError('auth.forbidden', `you may not export ${name}`);
  const y = set.yearly ? needYear(year) : year;
  const rows = await set.current(ctx, y);
  return { body: exportDoc(set, rows, y, format), count: rows.length };
}

/** `body` is CSV text or a parsed JSON document; runs in the caller's transaction. */
export async function importSet(ctx: IndCtx, name: string, body: unknown, year: number | null, dryRun: boolean) {
  if (name === 'values') {
    let doc;
    if (typeof body === 'string') doc = csvToDoc(body);
    else {
      const parsed = valuesDocSchema.safeParse(body);
      if (!parsed.success) throw validationError('validation.failed', parsed.error.issues, 'body');
      doc = parsed.data;
    }
    return importValues(ctx, doc, dryRun);
  }
  const set = setOf(name);
  let raw: unknown[];
  let y = year;
  if (typeof body === 'string') raw = csvRows(set, body);
  else {
    const doc = jsonRows(set, body);
    if (y !== null && doc.year !== null && doc.year !== y)
      throw new DomainError('validation.failed', `year: the file says ${doc.year}, the request ${y}`, {
        issues: [{ path: 'year', message: `the file says ${doc.year}, the request ${y}` }],
      });
    raw = doc.rows;
    y = y ?? doc.year;
  }
  return runImport(ctx, set, raw, set.yearly ? needYear(y) : null, dryRun);
}
