// TrnStore over one Kysely handle (usually a transaction).
import type { TrnStore } from '@kepu/domain/training';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import * as crs from './courses.repository.ts';
import * as ses from './sessions.repository.ts';

export function trnStore(db: Kysely<Database>): TrnStore {
  return {
    listCourses: (q) => crs.listCourses(db, q),
    getCourse: (id) => crs.getCourse(db, id),
    insertCourse: (c, by) => crs.insertCourse(db, c, by),
    updateCourse: (id, p) => crs.updateCourse(db, id, p),
    listSessions: (id) => ses.listSessions(db, id),
    getSession: (id) => ses.getSession(db, id),
    insertSession: (id, s) => ses.insertSession(db, id, s),
    updateSession: (id, p) => ses.updateSession(db, id, p),
    completeSession: (id, at) => ses.completeSession(db, id, at),
    voidSession: (id, r, by, at) => ses.voidSession(db, id, r, by, at),
    listTrainees: (id) => ses.listTrainees(db, id),
    getTrainee: (id) => ses.getTrainee(db, id),
    insertTrainee: (id, t, at) => ses.insertTrainee(db, id, t, at),
    updateTrainee: (id, p) => ses.updateTrainee(db, id, p),
    deleteTrainee: (id) => ses.deleteTrainee(db, id),
    purgeableTrainees: (b) => ses.purgeableTrainees(db, b),
    eraseTrainee: (id) => ses.eraseTrainee(db, id),
    listFiles: (id) => ses.listFiles(db, id),
    insertFile: (f) => ses.insertFile(db, f),
    getFile: (id) => ses.getFile(db, id),
  };
}
