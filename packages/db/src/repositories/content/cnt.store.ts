// CntStore over one Kysely handle (usually a transaction).
import type { CntStore } from '@kepu/domain/content';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import * as rev from './reviews.repository.ts';
import * as wrk from './works.repository.ts';

export function cntStore(db: Kysely<Database>): CntStore {
  return {
    listWorks: (q) => wrk.listWorks(db, q),
    getWork: (id) => wrk.getWork(db, id),
    lockWork: (id) => wrk.getWork(db, id, true),
    insertWork: (w, v, by, at) => wrk.insertWork(db, w, v, by, at),
    updateWorkMeta: (id, m, at) => wrk.updateWorkMeta(db, id, m, at),
    setWorkState: (id, s, p) => wrk.setWorkState(db, id, s, p),
    versions: (id) => wrk.versions(db, id),
    getVersion: (id, n) => wrk.getVersion(db, id, n),
    insertVersion: (id, v, by, at) => wrk.insertVersion(db, id, v, by, at),
    updateVersion: (id, n, v) => wrk.updateVersion(db, id, n, v),
    markSubmitted: (id, n, at) => wrk.markSubmitted(db, id, n, at),
    insertEvent: (e) => wrk.insertEvent(db, e),
    events: (id) => wrk.events(db, id),
    insertReview: (r) => rev.insertReview(db, r),
    reviewByToken: (t) => rev.reviewByToken(db, t),
    reviewsOf: (q) => rev.reviewsOf(db, q),
    setReview: (id, s, c, at) => rev.setReview(db, id, s, c, at),
    insertEmergency: (e) => rev.insertEmergency(db, e),
    getEmergency: (id) => rev.getEmergency(db, id),
    emergencies: (q) => rev.emergencies(db, q),
    endEmergency: (id, by, at, note) => rev.endEmergency(db, id, by, at, note),
    countRead: (id, d) => rev.countRead(db, id, d),
    takeReadsBefore: (d) => rev.takeReadsBefore(db, d),
  };
}
