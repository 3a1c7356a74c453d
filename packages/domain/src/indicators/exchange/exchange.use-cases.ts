// Every statistics data set exchanged by codes, and the two entry points the routes and the CLI call: export a set
// as CSV or JSON, and import one (or dry-run it) in the caller's transaction.
import { can } from '../../auth/policy.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { fieldError } from '../../kernel/field-error.ts';
import type { IndContext } from '../ind.ports.ts';
import type { IndImportView } from '../ind.views.ts';
import { ownUnitName } from '../schools.use-cases.ts';
import { type DataSet, runImport } from './exchange.engine.ts';
import { csvRows, exportDoc, jsonRows } from './exchange.files.ts';
import { computedSet, itemsSet, rulesSet } from './form.sets.ts';
import { overridesSet } from './overrides.set.ts';
import { populationsSet, unitsSet } from './register.sets.ts';
import { kpiSet, schoolsSet, targetsSet } from './targets.sets.ts';
import { valuesSet } from './values.set.ts';

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
export type DataSetName = (typeof dataSetNames)[number];

function setOf(name: string): DataSet {
  const set = sets.find((s) => s.name === name);
  if (!set)
    throw new DomainError('indicators.set_not_found', `no data set ${name}; use ${dataSetNames.join(', ')}`, {
      set: name,
      sets: dataSetNames.join(', '),
    });
  return set;
}

const yearIssue = (code: string, message: string, params: Record<string, string | number>) =>
  fieldError('year', code, message, params);

/** The rows of a set as a CSV text or a JSON document (`ind.export`: the office and viewers; a district the
 *  populations; the schools' keeper the schools). */
export async function exportSet(ctx: IndContext, name: string, year: number | null, format: 'csv' | 'json') {
  const set = setOf(name);
  if (!can(ctx.actor, 'ind.export', name, await ownUnitName(ctx)))
    throw forbidden(`only the office and viewers export ${name}`, { permission: 'ind.export', set: name });
  if (set.yearly && year === null)
    throw yearIssue('ind.exchange.year_required', 'this data set is per year; say which (?year=)', {
      set: name,
    });
  const rows = await set.current(ctx, year);
  return { body: await exportDoc(ctx, set, rows, year, format), count: rows.length };
}

/** `body` is CSV text or a parsed JSON document; runs in the caller's transaction (`ind.import`: the office; a
 *  district its own areas' populations; the schools' keeper the schools). */
export async function importSet(
  ctx: IndContext,
  name: string,
  body: unknown,
  year: number | null,
  dryRun: boolean,
): Promise<IndImportView> {
  const set = setOf(name);
  const doc = typeof body === 'string' ? csvRows(set, body) : jsonRows(set, body);
  if (year !== null && doc.year !== null && doc.year !== year)
    throw yearIssue('ind.exchange.year_mismatch', `the file says ${doc.year}, the request ${year}`, {
      fileYear: doc.year,
      requestYear: year,
    });
  const y = year ?? doc.year;
  if (set.yearly && y === null)
    throw yearIssue(
      'ind.exchange.year_required',
      'this data set is per year; say which (?year= or a year column)',
      {
        set: name,
      },
    );
  if (!can(ctx.actor, 'ind.import', name, await ownUnitName(ctx)))
    throw forbidden(`you may not import ${name}`, { permission: 'ind.import', set: name });
  return runImport(ctx, set, doc, set.yearly ? y : null, dryRun);
}
