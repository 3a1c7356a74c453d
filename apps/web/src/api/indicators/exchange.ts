// The exchange API for the data exchange page: export links and a dry-run / real import of an uploaded file.
import type { DataSetName, ExchangeIssue, IndImportChangeView, IndImportView } from '@kepu/domain/indicators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUrl, send } from '../client.ts';

export type { DataSetName, ExchangeIssue };
// the domain's list as a value would pull its code into the bundle; a record keyed by its type must name every set
const everySet: Record<DataSetName, true> = {
  values: true,
  items: true,
  rules: true,
  computed: true,
  units: true,
  populations: true,
  kpi: true,
  schools: true,
  targets: true,
  overrides: true,
};
export const dataSets = Object.keys(everySet) as DataSetName[];
/** Sets kept per form year; `rules` and `computed` are replaced as a whole by an import. */
export const yearlySets: readonly DataSetName[] = ['values', 'items', 'rules', 'computed'];
export const replacingSets: readonly DataSetName[] = ['rules', 'computed'];

/** One row an import adds, updates or deletes. */
export type ExchangeChange = IndImportChangeView;

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);
/** "counsellors: 2 → 6" for a change, the whole row for an add or a delete. */
export function describeChange(c: ExchangeChange): string {
  if (c.change === 'update' && c.before && c.after)
    return (c.fields ?? []).map((f) => `${f}: ${show(c.before?.[f])} → ${show(c.after?.[f])}`).join('; ');
  return Object.entries(c.after ?? c.before ?? {})
    .map(([k, v]) => `${k}: ${show(v)}`)
    .join('; ');
}
/** POST /indicators/import[/:set]: what changed (or, in a dry run, would change). */
export type ExchangeReport = IndImportView;

export const exportUrl = (set: DataSetName, year: number | undefined, format: 'csv' | 'json') =>
  apiUrl(`/indicators/export/${set}`, { year: yearlySets.includes(set) ? year : undefined, format });

/** Posts the file's text as CSV (or JSON for *.json); `dryRun` only reports. */
export function useExchangeImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (a: { set: DataSetName; year?: number; name: string; text: string; dryRun: boolean }) => {
      const json = /\.json$/i.test(a.name);
      const year = yearlySets.includes(a.set) ? a.year : undefined;
      return send<ExchangeReport>(
        'POST',
        apiUrl(`/indicators/import/${a.set}`, { year, dryRun: String(a.dryRun) }),
        a.text,
        json ? 'application/json' : 'text/csv',
      );
    },
    onSuccess: (r) => {
      if (!r.dryRun) void client.invalidateQueries({ queryKey: ['ind'] });
    },
  });
}
