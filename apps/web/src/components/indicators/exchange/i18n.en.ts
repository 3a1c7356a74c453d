// English text of the data exchange page; must provide every key of i18n.zh-CN.ts (checked by its type).
import type { indExchangeZhCN } from './i18n.zh-CN.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const indExchangeEn: Shape<typeof indExchangeZhCN> = {
  tab: 'Data exchange',
  heading: 'Data exchange',
  intro:
    'Export and import each statistics data set by codes (CSV, which Excel opens, or JSON). An upload is first a dry run listing the rows it would add, change and delete; nothing is stored until you confirm, and a file with any bad row is not imported at all.',
  set: 'Data set',
  year: 'Year',
  sets: {
    values: 'Filed values',
    items: 'Form items',
    rules: 'Check rules',
    computed: 'Computed indicators',
    units: 'Reporting units',
    populations: 'Area populations',
    kpi: 'Science literacy shares',
    schools: 'Schools and counsellors',
    targets: 'Plan targets',
    overrides: 'Target status overrides',
  },
  replaces: 'This data set is replaced as a whole: rows missing from the file are deleted.',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  upload: 'Upload a file (dry run)',
  checking: 'Checking the file…',
  report: 'Dry run (nothing stored yet)',
  summary: '{{add}} to add, {{update}} to change, {{unchanged}} unchanged, {{delete}} to delete',
  noChanges: 'The file matches the stored data; nothing to import.',
  firstChanges: 'First {{count}} changes',
  change: { add: 'Add', update: 'Change', delete: 'Delete' },
  changeHeading: 'Change',
  key: 'Code',
  fields: 'Content (changes: before → after)',
  confirm: 'Import',
  cancel: 'Discard',
  imported: 'Imported: {{add}} added, {{update}} changed, {{delete}} deleted',
  failed: 'The file was not imported: {{count}} problem(s)',
  rowColumn: 'Row {{row}}, column {{column}}',
  readOnly: 'Only the leading group office (and, for schools, the education bureau’s liaison) imports; you can download.',
};
