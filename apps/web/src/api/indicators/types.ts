// Shapes of the indicators API's JSON (docs/API.md, "Indicators"), all from @kepu/domain/indicators as types only (a
// value import would bundle domain code), under the names the web app uses.
import type {
  Breakdown,
  Computed,
  IndAreaFigureView,
  IndAssignView,
  IndCompletenessView,
  IndComputedPreviewView,
  IndFiguresView,
  IndFormView,
  IndFormYearView,
  IndKpiValueView,
  IndPivotView,
  IndQueueEntryView,
  IndReportDetailView,
  IndReportEntryView,
  IndReportView,
  IndTargetsView,
  IndTargetView,
  IndUnitView,
  IndUploadView,
  Item,
  OverrideStatusInput,
  PivotDim,
  ProgressStatus,
  ReportState,
  Rule,
  SaveInput,
  SubmitInput,
  ValueCell,
  Violation,
} from '@kepu/domain/indicators';

export type {
  IndAssignView,
  IndComputedPreviewView,
  IndFormYearView,
  IndQueueEntryView,
  IndReportEntryView,
  IndUploadView,
  OverrideStatusInput,
  PivotDim,
  ProgressStatus,
  ReportState,
  SaveInput,
  SubmitInput,
  ValueCell,
  Violation,
};

export type IndItem = Item;
export type IndRule = Rule;
export type IndBreakdown = Breakdown;
export type IndComputed = Computed;
/** A year's form as GET /indicators/forms/:year sends it: the definition with its title and filing window. */
export type IndForm = IndFormView;
/** A reporting unit (GET /indicators/units lists the inactive ones too, for the office). */
export type IndUnit = IndUnitView;
export type IndReport = IndReportView;
export type ReportDetail = IndReportDetailView;
export type AreaFigure = IndAreaFigureView;
export type Figures = IndFiguresView;
export type Pivot = IndPivotView;
export type FigureStage = IndPivotView['stage'];
export type PivotCell = IndPivotView['cells'][number];
export type Completeness = IndCompletenessView;
export type TargetView = IndTargetView;
export type TargetsPayload = IndTargetsView;
export type KpiValue = IndKpiValueView;
