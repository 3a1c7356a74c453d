// English text of the publication page, with the same keys as the Chinese.
import type { publicationZhCN } from './i18n.zh-CN.ts';

export const publicationEn: Record<keyof typeof publicationZhCN, string> = {
  nav: 'Publication',
  heading: 'Publish to the public',
  intro:
    'Choose a year, preview everything that will become public, then publish. Only accepted statistics, published survey values and progress go out; no account or personal data.',
  year: 'Year',
  preview: 'Preview',
  previewHeading: 'What {{year}} will make public',
  publish: 'Publish {{year}}',
  confirm: 'Publish the figures of {{year}}? The public site and the open data change at once.',
  published: 'Published {{year}}, version {{version}}.',
  releases: 'Releases',
  noReleases: 'Nothing published yet.',
  version: 'Version',
  publishedAt: 'Published',
  portal: 'Open the public site',
  demo: 'Demo data: the preview holds made-up demo figures; the public site says so.',
  literacy: 'Literacy share: {{n}} values',
  figures: 'Key statistics: {{n}} cells ({{filled}} with a figure)',
  progress: 'Progress: {{round}}, {{n}} accepted reports',
  noProgress: 'Progress: no accepted report yet',
  groups: '{{n}} actions and projects',
  colArea: 'Area',
  colItem: 'Item',
  colValue: 'Value',
  colPer10k: 'Per 10,000',
  report: 'Annual citizen science literacy report',
  reportIntro:
    "Generate a published year's report: write the introduction and the conclusion; the rest comes from the published figures, each chart and table citing its source and date.",
  reportYear: 'Report year: {{year}} (must be published)',
  introLabel: 'Overview (introduction)',
  conclusionLabel: 'Next steps (conclusion)',
  docx: 'Generate Word document',
  pdf: 'Generate PDF',
  generated: 'The report is ready; see your downloads.',
};
