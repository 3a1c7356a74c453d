// Publication (issue 14): the public snapshot of a year, its open data sets and catalogue.
export type { PublicColumn, PublicDataSet, PublicSetName } from './datasets.ts';
export { exchangeDescriptor, publicSet, publicSetNames, publicSets, readPublicCsv } from './datasets.ts';
export { keyItems, per10k } from './key-figures.ts';
export type { PublicCatalogue } from './open-data.ts';
export { BOM, catalogue, dataSetCsv, dataSetJson, licence } from './open-data.ts';
export type { PubContext, PubStore } from './pub.ports.ts';
export type {
  PubFigureRow,
  PubGroup,
  PubKpiRow,
  PubProgress,
  PubRelease,
  PubSnapshot,
  PubTarget,
} from './pub.records.ts';
export {
  annualReportOf,
  listReleases,
  previewYear,
  publicRelease,
  publicReleaseId,
  publishYear,
} from './publication.use-cases.ts';
export type { ReportFacts } from './report.facts.ts';
export type {
  ReportBlock,
  ReportChart,
  ReportMap,
  ReportModel,
  ReportSection,
  ReportTable,
} from './report.view.ts';
export { annualReport } from './report.view.ts';
