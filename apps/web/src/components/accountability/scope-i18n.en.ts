// English text for unit areas, local units and the weights shown with rolled-up figures (same keys as zh-CN).
import type { accScopeZhCN } from './scope-i18n.zh-CN.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const accScopeEn: Shape<typeof accScopeZhCN> = {
  area: {
    heading: 'Area',
    label: 'Area',
    city: 'City-level unit (no area linked)',
    cityOption: 'City level (no area)',
    explain:
      'District admins see only the reports, scorecards and summary of units in their area. A unit without an area counts as city-level.',
    current: 'Now: {{name}}',
    save: 'Save area',
    saved: 'Area saved.',
    column: 'Area',
  },
  addUnit: {
    heading: 'Add a local unit',
    explain:
      'The outline names city departments only; add a district government, a district science association and the like here with its area, then give it work items.',
    name: 'Unit name',
    nameRequired: 'Enter the unit’s name (2–60 characters).',
    area: 'Area',
    submit: 'Add unit',
    added: 'Added {{name}}.',
    open: 'Open the unit',
  },
  weights: {
    weighted: 'Weighted: {{list}}',
    byUnits: 'Mean of the reporting units',
    part: '{{label}} ×{{weight}} ({{share}})',
    partNoShare: '{{label}} ×{{weight}}',
    details: 'Weighted over {{count}}',
    task: 'Task {{number}}',
    groups: 'Weights of the actions and projects',
  },
};
