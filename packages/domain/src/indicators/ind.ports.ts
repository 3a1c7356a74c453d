// What indicators use-cases need from storage (beside AccStore in accountability/acc.ports.ts); the db package
// implements it over one transaction.
import type { UseCaseContext } from '../kernel/context.ts';
import type { AreaStore, UnitStore } from '../use-cases/ports.ts';
import type { TargetIndicator } from './ind.form.ts';
import type {
  AggregateQuery,
  AggregateRow,
  CompletenessRow,
  CounsellorShare,
  FigureStage,
  IndArea,
  IndCodedValue,
  IndForm,
  IndFormMeta,
  IndKpiRecord,
  IndKpiValue,
  IndPlanUnit,
  IndPopulation,
  IndReport,
  IndReportEvent,
  IndReportEventInput,
  IndReportPatch,
  IndSchool,
  IndTarget,
  IndUnit,
  IndUnitInput,
  IndUnitPatch,
  IndWindow,
  KpiValueInput,
  OverrideInput,
  PopulationFigure,
  PopulationInput,
  SchoolInput,
} from './ind.records.ts';
import type { Computed, FormDefinition, Item, Rule, ValueCell } from './ind.types.ts';

export interface IndStore {
  // the form of a year
  listForms(): Promise<IndFormMeta[]>;
  loadForm(year: number): Promise<IndForm | undefined>;
  installForm(form: FormDefinition, window: IndWindow): Promise<void>;
  insertItem(year: number, item: Item, position: number): Promise<void>;
  updateItem(
    year: number,
    code: string,
    patch: Partial<Pick<Item, 'zh' | 'en' | 'unit' | 'measure' | 'parent' | 'retired'>>,
  ): Promise<void>;
  /** Renumbers items in the given order; items not listed keep their relative order after them. */
  reorderItems(year: number, codes: string[]): Promise<void>;
  insertRule(year: number, rule: Rule, position: number): Promise<void>;
  updateRule(year: number, code: string, patch: Partial<Omit<Rule, 'code'>>): Promise<void>;
  /** Replaces a year's rules by the list, in its order. */
  replaceRules(year: number, rules: Rule[]): Promise<void>;
  insertComputed(year: number, c: Computed): Promise<void>;
  updateComputed(year: number, code: string, patch: Partial<Omit<Computed, 'code'>>): Promise<void>;
  replaceComputed(year: number, list: Computed[]): Promise<void>;

  // reporting units
  listUnits(): Promise<IndUnit[]>;
  findUnit(id: number): Promise<IndUnit | undefined>;
  findUnitByCode(code: string): Promise<IndUnit | undefined>;
  insertUnits(units: IndUnitInput[]): Promise<{ id: number; code: string }[]>;
  updateUnit(id: number, patch: IndUnitPatch): Promise<void>;
  countUnitReports(id: number): Promise<number>;
  deleteUnit(id: number): Promise<void>;
  listPlanUnits(): Promise<IndPlanUnit[]>;
  /** The plan unit of that name in the jurisdiction, created when missing (the demo's district units). */
  ensurePlanUnit(jurisdiction: string, name: string): Promise<number>;

  // reports, their history and figures
  /** A report in state `open` with the window; already assigned units get the new window. */
  assignReports(year: number, unitIds: number[], window: IndWindow): Promise<number>;
  findReport(year: number, unitId: number): Promise<IndReport | undefined>;
  listReports(year: number): Promise<IndReport[]>;
  updateReport(year: number, unitId: number, patch: IndReportPatch): Promise<IndReport>;
  setReportWindow(year: number, unitId: number, window: IndWindow): Promise<IndReport | undefined>;
  insertReportEvent(e: IndReportEventInput): Promise<void>;
  listReportEvents(year: number, unitId: number): Promise<IndReportEvent[]>;
  listValues(year: number, unitId: number): Promise<ValueCell[]>;
  /** Every figure of the year by unit and item code, in unit code and form order. */
  listCodedValues(year: number): Promise<IndCodedValue[]>;
  /** Writes cells; an empty cell deletes the stored figure. */
  saveValues(year: number, unitId: number, cells: ValueCell[], by: string): Promise<void>;
  /** An import's figures of many units (an empty cell deletes), written at once with the rollups kept once, and
   *  those units' reports back to draft. */
  importValues(year: number, cells: (ValueCell & { unitId: number })[], by: string): Promise<void>;

  // areas, populations and figures computed on request
  listAreas(): Promise<IndArea[]>;
  aggregate(q: AggregateQuery): Promise<AggregateRow[]>;
  completeness(year: number, root: string, stage: FigureStage): Promise<CompletenessRow[]>;
  populationsFor(codes: string[], year: number): Promise<Map<string, PopulationFigure>>;
  listPopulations(): Promise<IndPopulation[]>;
  upsertPopulation(p: PopulationInput): Promise<void>;

  // targets, literacy values, schools
  listTargets(): Promise<IndTarget[]>;
  upsertTargets(source: string, list: TargetIndicator[]): Promise<void>;
  setOverride(o: OverrideInput): Promise<void>;
  listKpiValues(code?: string): Promise<IndKpiValue[]>;
  findKpiValue(id: number): Promise<IndKpiRecord | undefined>;
  upsertKpiValue(v: KpiValueInput, by: string): Promise<void>;
  deleteKpiValue(id: number): Promise<void>;
  listSchools(): Promise<IndSchool[]>;
  findSchool(id: number): Promise<IndSchool | undefined>;
  insertSchools(list: SchoolInput[]): Promise<void>;
  /** Level, urban/rural and counsellors of the school with that area and name. */
  updateSchool(s: SchoolInput): Promise<void>;
  setCounsellors(id: number, counsellors: number): Promise<void>;
  deleteSchool(id: number): Promise<void>;
  /** Share of schools with at least one counsellor, per child area of `root` and for the root. */
  counsellorShare(root: string): Promise<CounsellorShare[]>;
}

/** The context every indicators use-case takes: the indicators store, and areas and plan units for references. */
export type IndContext = UseCaseContext<{ ind: IndStore; areas: AreaStore; units: UnitStore }>;
