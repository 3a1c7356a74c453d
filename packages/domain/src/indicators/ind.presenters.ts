// Presenters: each stored record shaped as the JSON its routes return (field by field, so a new column never leaks).
import type { IndForm, IndKpiValue, IndReport, IndReportEvent, IndSchool, IndUnit } from './ind.records.ts';
import type {
  IndFormView,
  IndKpiValueView,
  IndQueueEntryView,
  IndReportDetailView,
  IndReportEntryView,
  IndReportEventView,
  IndReportView,
  IndSchoolView,
  IndUnitView,
} from './ind.views.ts';

export const presentForm = (f: IndForm): IndFormView => ({
  format: f.format,
  year: f.year,
  title: f.title,
  opensOn: f.opensOn,
  dueOn: f.dueOn,
  breakdowns: f.breakdowns,
  items: f.items,
  rules: f.rules,
  computed: f.computed,
});

export const presentUnit = (u: IndUnit): IndUnitView => ({
  id: u.id,
  code: u.code,
  name: u.name,
  deptType: u.deptType,
  areaCode: u.areaCode,
  areaName: u.areaName,
  areaPath: u.areaPath,
  orgUnitId: u.orgUnitId,
  active: u.active,
});

export const presentReport = (r: IndReport): IndReportView => ({
  year: r.year,
  unitId: r.unitId,
  state: r.state,
  opensOn: r.opensOn,
  dueOn: r.dueOn,
  explanations: r.explanations,
  firstSubmittedAt: r.firstSubmittedAt,
  submittedAt: r.submittedAt,
  lock: r.lock,
  returnReason: r.returnReason,
  updatedAt: r.updatedAt,
});

const presentEvent = (e: IndReportEvent): IndReportEventView => ({
  at: e.at,
  actor: e.actor,
  action: e.action,
  from: e.from,
  to: e.to,
  comment: e.comment,
});

export const presentReportDetail = (d: IndReportDetailView): IndReportDetailView => ({
  unit: presentUnit(d.unit),
  report: presentReport(d.report),
  values: d.values.map((v) => ({ item: v.item, option: v.option, value: v.value, text: v.text })),
  events: d.events.map(presentEvent),
  violations: d.violations,
});

export const presentReportEntry = (e: IndReportEntryView): IndReportEntryView => ({
  unit: presentUnit(e.unit),
  report: presentReport(e.report),
});

export const presentQueueEntry = (e: IndQueueEntryView): IndQueueEntryView => ({
  ...presentReportEntry(e),
  step: e.step,
  days: e.days,
});

export const presentSchool = (s: IndSchool): IndSchoolView => ({
  id: s.id,
  name: s.name,
  areaCode: s.areaCode,
  areaName: s.areaName,
  level: s.level,
  urbanRural: s.urbanRural,
  counsellors: s.counsellors,
  demo: s.demo,
});

export const presentKpiValue = (k: IndKpiValue): IndKpiValueView => ({
  id: k.id,
  code: k.code,
  year: k.year,
  areaCode: k.areaCode,
  areaName: k.areaName,
  areaLevel: k.areaLevel,
  option: k.option,
  value: k.value,
  source: k.source,
  enteredBy: k.enteredBy,
  demo: k.demo,
});
