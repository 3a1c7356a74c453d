// Every statistics data set exchanged by codes, and the two entry points the routes and the CLI call.

import { DomainError } from '@kepu/domain';
import { valuesSet } from '../exchange.service.ts';
import type { IndCtx } from '../tx.ts';
import { csvRows, type DataSet, exportDoc, jsonRows, runImport } from './engine.ts';
import { computedSet, itemsSet, rulesSet } from './form-sets.ts';
import { overridesSet } from './overrides-set.ts';
import { kpiSet, populationsSet, schoolsSet, targetsSet, unitsSet } from './register-sets.ts';

const sets = [
  valuesSet,
  itemsSet,
  rulesSet,
  computedSet,
  unitsSet,
  populationsSet,
  kpiSet,
  schoolsSet,
  targetsSet,
  overridesSet,
] as DataSet[];
export const dataSetNames = [
  'values',
  'items',
  'rules',
  'computed',
  'units',
  'populations',
  'kpi',
  'schools',
  'targets',
  'overrides',
] as const;

function setOf(name: string): DataSet {
  const set = sets.find((s) => s.name === name);
  if (!set) throw new DomainError('indicators.set_not_found', `no data set ${name}; use ${dataSetNames.join(', ')}`);
  return set;
}

const yearIssue = (message: string) =>
  new DomainError('validation.failed', `year: ${message}`, { issues: [{ path: 'year', message }] });

export async function exportSet(ctx: IndCtx, name: string, year: number | null, format: 'csv' | 'json') {
  const set = setOf(name);
  const allowed = set.canExport
    ? await set.canExport(ctx)
    : ['office', 'viewer'].includes(ctx.actor?.role ?? '');
  if (!allowed) throw new DomainError('auth.forbidden', `only the office and viewers export ${name}`);
  if (set.yearly && year === null) throw yearIssue('this data set is per year; say which (?year=)');
  const rows = await set.current(ctx, year);
  return { body: exportDoc(set, rows, year, format), count: rows.length };
}

/** `body` is CSV text or a parsed JSON document; runs in the caller's transaction. */
export async function importSet(ctx: IndCtx, name: string, body: unknown, year: number | null, dryRun: boolean) {
  const set = setOf(name);
  const doc = typeof body === 'string' ? csvRows(set, body) : jsonRows(set, body);
  if (year !== null && doc.year !== null && doc.year !== year)
    throw yearIssue(`the file says ${doc.year}, the request ${year}`);
  const y = year ?? doc.year;
  if (set.yearly && y === null) throw yearIssue('this data set is per year; say which (?year= or a year column)');
  return runImport(ctx, set, doc.rows, set.yearly ? y : null, dryRun);
}
