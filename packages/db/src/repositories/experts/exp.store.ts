// ExpStore over one Kysely handle (usually a transaction).
import type { ExpStore } from '@kepu/domain/experts';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import * as exp from './experts.repository.ts';
import * as inv from './invitations.repository.ts';

export function expStore(db: Kysely<Database>): ExpStore {
  return {
    listPools: () => exp.listPools(db),
    insertPool: (p) => exp.insertPool(db, p),
    insertExpert: (e, by, at) => exp.insertExpert(db, e, by, at),
    updateExpert: (id, e) => exp.updateExpert(db, id, e),
    renewToken: (id) => exp.renewToken(db, id),
    getExpert: (id) => exp.getExpert(db, id),
    expertByToken: (t) => exp.expertByToken(db, t),
    listExperts: (q) => exp.listExperts(db, q),
    setExpertStatus: (id, s) => exp.setExpertStatus(db, id, s),
    eraseExpert: (id) => exp.eraseExpert(db, id),
    purgeable: (before) => exp.purgeable(db, before),
    insertInvitation: (i, by, at) => inv.insertInvitation(db, i, by, at),
    getInvitation: (id) => inv.getInvitation(db, id),
    listInvitations: (q) => inv.listInvitations(db, q),
    setInvitationState: (id, s, p) => inv.setInvitationState(db, id, s, p),
    insertService: (s, by) => inv.insertService(db, s, by),
    getService: (id) => inv.getService(db, id),
    listServices: (q) => inv.listServices(db, q),
    voidService: (id, r, by, at) => inv.voidService(db, id, r, by, at),
  };
}
