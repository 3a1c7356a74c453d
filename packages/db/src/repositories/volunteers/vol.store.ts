// VolStore over one Kysely handle (usually a transaction).
import type { VolStore } from '@kepu/domain/volunteers';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import * as hrs from './hours.repository.ts';
import * as opp from './opportunities.repository.ts';
import * as tms from './teams.repository.ts';
import * as vol from './volunteers.repository.ts';

export function volStore(db: Kysely<Database>): VolStore {
  return {
    starHours: () => tms.starHours(db),
    setStarHours: (l) => tms.setStarHours(db, l),
    listTeams: () => tms.listTeams(db),
    getTeam: (id) => tms.getTeam(db, id),
    insertTeam: (t) => tms.insertTeam(db, t),
    setSeal: (id, png) => tms.setSeal(db, id, png),
    seal: (id) => tms.seal(db, id),
    insertVolunteer: (v, at) => vol.insertVolunteer(db, v, at),
    volunteerByToken: (t) => vol.volunteerByToken(db, t),
    getVolunteer: (id) => vol.getVolunteer(db, id),
    listVolunteers: (q) => vol.listVolunteers(db, q),
    setVolunteerHours: (id, h, s) => vol.setVolunteerHours(db, id, h, s),
    setVolunteerStatus: (id, s) => vol.setVolunteerStatus(db, id, s),
    eraseVolunteer: (id) => vol.eraseVolunteer(db, id),
    purgeable: (before) => vol.purgeable(db, before),
    clearField: (f, before) => vol.clearField(db, f, before),
    fieldRetention: () => vol.fieldRetention(db),
    setFieldRetention: (d) => vol.setFieldRetention(db, d),
    nationalMapping: () => vol.nationalMapping(db),
    setNationalMapping: (m) => vol.setNationalMapping(db, m),
    listOpportunities: (q) => opp.listOpportunities(db, q),
    getOpportunity: (id) => opp.getOpportunity(db, id),
    lockOpportunity: (id) => opp.lockOpportunity(db, id),
    insertOpportunity: (o) => opp.insertOpportunity(db, o),
    signupsOf: (q) => opp.signupsOf(db, q),
    upsertSignup: (o, v, s) => opp.upsertSignup(db, o, v, s),
    setSignupStatus: (id, s) => opp.setSignupStatus(db, id, s),
    insertHours: (h, by) => hrs.insertHours(db, h, by),
    getHours: (ids) => hrs.getHours(db, ids),
    listHours: (q) => hrs.listHours(db, q),
    openHours: (id) => hrs.openHours(db, id),
    staleOpenHours: (b) => hrs.staleOpenHours(db, b),
    setHoursState: (id, s, p) => hrs.setHoursState(db, id, s, p),
    approvedHoursOf: (id) => hrs.approvedHoursOf(db, id),
    insertCertificate: (c, by) => hrs.insertCertificate(db, c, by),
    certificateByNumber: (n) => hrs.certificateByNumber(db, n),
    listCertificates: (q) => hrs.listCertificates(db, q),
    revokeCertificate: (id, r, at) => hrs.revokeCertificate(db, id, r, at),
  };
}
