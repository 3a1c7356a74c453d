// The domain's IndStore port over one Kysely handle (usually a transaction): the indicator repositories, rows mapped
// to the domain's records.
import type { IndStore } from '@kepu/domain/indicators';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import { listAreas } from '../area.repository.ts';
import {
  aggregate,
  completeness,
  listPopulations,
  populationsFor,
  upsertPopulation,
} from './analysis.repository.ts';
import {
  ensureOrgUnit,
  listOrgUnitNames,
  replaceComputed,
  replaceRules,
  updateSchoolRow,
} from './exchange.repository.ts';
import {
  insertComputed,
  insertItem,
  insertRule,
  installForm,
  listFormYears,
  loadForm,
  reorderItems,
  updateComputed,
  updateItem,
  updateRule,
} from './registry.repository.ts';
import {
  assignReports,
  findIndUnit,
  findIndUnitByCode,
  findReport,
  insertIndUnits,
  insertReportEvent,
  listCodedValues,
  listIndUnits,
  listReportEvents,
  listReports,
  listValues,
  updateReport,
} from './reports.repository.ts';
import {
  counsellorShare,
  deleteKpiValue,
  deleteSchool,
  findKpiValue,
  findSchool,
  insertSchools,
  listKpiValues,
  listSchools,
  listTargets,
  setOverride,
  updateSchoolCounsellors,
  upsertKpiValue,
  upsertTargets,
} from './targets.repository.ts';
import { countUnitReports, deleteIndUnit, setReportWindow, updateIndUnit } from './units.repository.ts';
import { importValues, saveValues } from './values.repository.ts';

/** The statistics of jurisdiction `j` (the request's): its form, units, reports, targets, and the populations,
 *  literacy values and schools of its areas. */
export function indStore(db: Kysely<Database>, j: string): IndStore {
  return {
    listForms: () => listFormYears(db, j),
    loadForm: (year) => loadForm(db, j, year),
    installForm: (form, window) => installForm(db, j, form, window),
    insertItem: (year, item, position) => insertItem(db, j, year, item, position),
    updateItem: (year, code, patch) => updateItem(db, j, year, code, patch),
    reorderItems: (year, codes) => reorderItems(db, j, year, codes),
    insertRule: (year, rule, position) => insertRule(db, j, year, rule, position),
    updateRule: (year, code, patch) => updateRule(db, j, year, code, patch),
    replaceRules: (year, rules) => replaceRules(db, j, year, rules),
    insertComputed: (year, c) => insertComputed(db, j, year, c),
    updateComputed: (year, code, patch) => updateComputed(db, j, year, code, patch),
    replaceComputed: (year, list) => replaceComputed(db, j, year, list),

    listUnits: () => listIndUnits(db, j),
    findUnit: (id) => findIndUnit(db, j, id),
    findUnitByCode: (code) => findIndUnitByCode(db, j, code),
    insertUnits: (units) => insertIndUnits(db, j, units),
    updateUnit: (id, patch) => updateIndUnit(db, id, patch),
    countUnitReports: (id) => countUnitReports(db, id),
    deleteUnit: (id) => deleteIndUnit(db, id),
    listPlanUnits: () => listOrgUnitNames(db, j),
    ensurePlanUnit: (jurisdiction, name) => ensureOrgUnit(db, jurisdiction, name),

    assignReports: (year, unitIds, window) => assignReports(db, year, unitIds, window),
    findReport: (year, unitId) => findReport(db, j, year, unitId),
    listReports: (year) => listReports(db, j, year),
    updateReport: (year, unitId, patch) => updateReport(db, year, unitId, patch),
    setReportWindow: (year, unitId, window) => setReportWindow(db, j, year, unitId, window),
    insertReportEvent: (e) => insertReportEvent(db, e),
    listReportEvents: (year, unitId) => listReportEvents(db, year, unitId),
    listValues: (year, unitId) => listValues(db, year, unitId),
    listCodedValues: (year) => listCodedValues(db, j, year),
    saveValues: async (year, unitId, cells, by) => {
      await saveValues(db, year, unitId, cells, by);
    },
    importValues: (year, cells, by) => importValues(db, year, cells, by),

    listAreas: async () =>
      (await listAreas(db))
        .filter((a) => a.code === j || a.path.includes(j))
        .map((a) => ({
          code: a.code,
          name: a.name,
          level: a.level,
          parentCode: a.parent_code,
          path: a.path,
        })),
    aggregate: (q) => aggregate(db, j, q),
    completeness: (year, root, stage) => completeness(db, year, root, stage),
    populationsFor: (codes, year) => populationsFor(db, codes, year),
    listPopulations: async () =>
      (await listPopulations(db, j)).map((p) => ({
        areaCode: p.area_code,
        areaName: p.name,
        year: p.year,
        population: p.population,
        source: p.source,
      })),
    upsertPopulation: (p) => upsertPopulation(db, p),

    listTargets: () => listTargets(db, j),
    upsertTargets: (source, list) => upsertTargets(db, j, source, list),
    setOverride: (o) => setOverride(db, j, o),
    listKpiValues: (code) => listKpiValues(db, j, code),
    findKpiValue: (id) => findKpiValue(db, j, id),
    upsertKpiValue: (v, by) => upsertKpiValue(db, v, by),
    deleteKpiValue: (id) => deleteKpiValue(db, id),
    listSchools: () => listSchools(db, j),
    findSchool: (id) => findSchool(db, j, id),
    insertSchools: (list) => insertSchools(db, list),
    updateSchool: (s) => updateSchoolRow(db, s, s),
    setCounsellors: (id, counsellors) => updateSchoolCounsellors(db, id, counsellors),
    deleteSchool: (id) => deleteSchool(db, id),
    counsellorShare: (root) => counsellorShare(db, root),
  };
}
