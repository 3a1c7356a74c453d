// The AccStore's reads for views: snapshot, report detail, evidence, inspections, notifications, unit areas.
import type { AccReadStore } from '@kepu/domain/accountability';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import {
  findEvidenceFile,
  findReportDetail,
  findUnitArea,
  listExtensions,
  listInspections,
  listNotifications,
  listRounds,
  loadAccSnapshot,
  markNotificationsRead,
} from './acc.queries.ts';
import { listJurisdictionUnits, listUnitAreas } from './unit-areas.ts';

export function accReadStore(db: Kysely<Database>): AccReadStore {
  return {
    listRounds: (planId) => listRounds(db, planId),
    listExtensions: (roundId) => listExtensions(db, roundId),
    snapshot: (planId, only) => loadAccSnapshot(db, planId, only),
    reportDetail: (id) => findReportDetail(db, id),
    findEvidenceFile: (id) => findEvidenceFile(db, id),
    listInspections: (planId) => listInspections(db, planId),
    unitAreaScope: (unitId) => findUnitArea(db, unitId),
    listUnitAreas: () => listUnitAreas(db),
    jurisdictionUnits: (code) => listJurisdictionUnits(db, code),
    listNotifications: (unitId, userId, limit) => listNotifications(db, unitId, userId, limit),
    markNotificationsRead: (unitId, userId, ids) => markNotificationsRead(db, unitId, userId, ids),
  };
}
