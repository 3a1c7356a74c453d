// SurveyStore over one Kysely handle (usually a transaction).
import type { SurveyStore } from '@kepu/domain/survey';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import * as fw from './fieldwork.repository.ts';
import * as sv from './surveys.repository.ts';

export function surveyStore(db: Kysely<Database>): SurveyStore {
  return {
    listInstruments: () => sv.listInstruments(db),
    getInstrument: (id) => sv.getInstrument(db, id),
    insertInstrument: (i) => sv.insertInstrument(db, i),
    listSurveys: () => sv.listSurveys(db),
    getSurvey: (id) => sv.getSurvey(db, id),
    insertSurvey: (s) => sv.insertSurvey(db, s),
    updateSurvey: (id, p) => sv.updateSurvey(db, id, p),
    purgeResponses: (id, at) => sv.purgeResponses(db, id, at),
    assignments: (id) => sv.listAssignments(db, id),
    setAssignments: (id, list) => sv.replaceAssignments(db, id, list),
    issueInvitations: (id, psu, contacts) => fw.issueInvitations(db, id, psu, contacts),
    findInvitation: (token) => fw.findInvitation(db, token),
    countInvitations: (id) => fw.countInvitations(db, id),
    dropInvitations: (id) => fw.dropInvitations(db, id),
    listResponses: (id) => fw.listResponses(db, id),
    getResponse: (id) => fw.getResponse(db, id),
    responseOf: (id) => fw.responseOf(db, id),
    insertResponse: (r) => fw.insertResponse(db, r),
    insertResponses: (list) => fw.insertResponses(db, list),
    updateResponse: (id, p) => fw.updateResponse(db, id, p),
  };
}
