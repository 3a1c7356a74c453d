// English text of the statistics entry pages; must provide every key of i18n.zh-CN.ts (checked by its type).
import type { indDataZhCN } from './i18n.zh-CN.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const indDataEn: Shape<typeof indDataZhCN> = {
  tabs: { populations: 'Population', literacy: 'Literacy values', schools: 'Schools' },
  readOnly: 'Read only: you can look but not change.',
  save: 'Save',
  saved: 'Saved',
  cancel: 'Cancel',
  area: 'Area',
  allAreas: 'All areas',
  year: 'Year',
  narrowTarget: 'narrow markedly: at least {{share}} below the baseline, i.e. at most {{value}}',
  required: 'Enter the {{field}}',
  populations: {
    heading: 'Resident population by area',
    intro:
      'The denominators of per-resident figures. Each figure is kept by year with its source; a year’s per-resident figure uses the population of that year or the latest before it. The leading group office enters any area, a district admin its own.',
    population: 'Residents',
    source: 'Source',
    sourceHelp: 'Say where it comes from, e.g. "7th census bulletin" and the web address.',
    demo: 'Demo estimate',
    demoNote:
      'Figures marked "demo estimate" are not official; they are there for the demonstration. Replace them with the census or statistical bulletin.',
    add: 'Enter or update a year’s population',
    edit: 'Edit',
    editing: 'Edit the population of {{area}} in {{year}}',
    empty: 'No population figures yet.',
    tableLabel: 'Resident population by area and year, with sources',
  },
  literacy: {
    heading: 'Share of citizens with scientific literacy',
    intro:
      'Each value is kept by year, area and group with its source: a survey estimate needs its standard error and instrument version (a 95% interval is optional), a published figure its citation. The urban–rural gap and the district spread are computed from these values. Only the leading group office enters them.',
    add: 'Enter a value',
    option: 'Group',
    optionTotal: 'All',
    value: 'Share (%)',
    sourceKind: 'Source',
    kinds: { survey: 'Survey estimate', published: 'Published figure' },
    se: 'Standard error (points)',
    ciLow: '95% interval low (%)',
    ciHigh: '95% interval high (%)',
    instrument: 'Instrument version',
    citation: 'Citation',
    citationHelp: 'Publisher, title and date or web address.',
    fieldErrors: {
      se: 'A survey estimate needs its standard error',
      instrument: 'A survey estimate needs the instrument version',
      ciLow: 'The interval must contain the estimate',
      citation: 'A published figure needs its citation',
      value: 'The share must be between 0 and 100',
    },
  },
  schools: {
    heading: 'Schools and science counsellors',
    intro:
      'The schools registry: each school’s area, level, urban or rural, and number of science counsellors. "Schools with at least one science counsellor" is computed from it. The leading group office and the education bureau’s liaison edit it.',
    name: 'School',
    level: 'Level',
    levels: {
      primary: 'Primary',
      junior: 'Junior secondary',
      senior: 'Senior secondary',
      vocational: 'Vocational',
      nine_year: 'Nine-year school',
      complete: 'Complete secondary',
    },
    urbanRural: 'Urban/rural',
    ur: { urban: 'Urban', rural: 'Rural' },
    counsellors: 'Science counsellors',
    record: 'Record',
    recordLabel: 'Science counsellors at {{name}}',
    add: 'Add a school',
    count: '{{count}} schools',
    empty: 'No schools in this area yet.',
    share: 'Schools with a science counsellor, by area',
  },
};
