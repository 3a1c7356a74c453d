// SvcStore over one Kysely handle (usually a transaction).
import type { SvcStore } from '@kepu/domain/services';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import * as act from './activities.repository.ts';
import * as fb from './feedback.repository.ts';
import * as led from './ledger.repository.ts';
import * as msg from './messages.repository.ts';
import * as mob from './mobile.repository.ts';
import * as tix from './tickets.repository.ts';
import * as rep from './venue-reports.repository.ts';
import * as ven from './venues.repository.ts';

export function svcStore(db: Kysely<Database>): SvcStore {
  return {
    listCampaigns: () => act.listCampaigns(db),
    getCampaign: (id) => act.getCampaign(db, id),
    insertCampaign: (c) => act.insertCampaign(db, c),
    listActivities: (q) => act.listActivities(db, q),
    getActivity: (id) => act.getActivity(db, id),
    insertActivity: (a) => act.insertActivity(db, a),
    setActivityState: (id, s, summary) => act.setActivityState(db, id, s, summary),
    insertActivityEvent: (id, e) => act.insertActivityEvent(db, id, e),
    activityEvents: (id) => act.activityEvents(db, id),
    sessionsOf: (ids) => act.sessionsOf(db, ids),
    insertSessions: (id, list) => act.insertSessions(db, id, list),
    getSession: (id) => act.getSession(db, id),
    lockSession: (id) => act.lockSession(db, id),
    claimSeats: (id, n) => act.claimSeats(db, id, n),
    setTaken: (id, n) => act.setTaken(db, id, n),
    insertRegistration: (r, s) => tix.insertRegistration(db, r, s),
    findTicket: (t) => tix.findTicket(db, t),
    ticketsByTokens: (t) => tix.ticketsByTokens(db, t),
    setRegistrationStatus: (id, s, at) => tix.setRegistrationStatus(db, id, s, at),
    waitlist: (id) => tix.waitlist(db, id),
    registrationsOf: (id) => tix.registrationsOf(db, id),
    purgeRegistrations: (now) => tix.purgeRegistrations(db, now),
    claimNonces: (rows, by) => tix.claimNonces(db, rows, by),
    scanResults: (n) => tix.scanResults(db, n),
    markCheckedIn: (ids, at) => tix.markCheckedIn(db, ids, at),
    listMobileUnits: () => mob.listMobileUnits(db),
    getMobileUnit: (id) => mob.getMobileUnit(db, id),
    insertMobileUnit: (u) => mob.insertMobileUnit(db, u),
    tourStops: (unitId) => mob.tourStops(db, unitId),
    getTourStop: (id) => mob.getTourStop(db, id),
    insertTourStop: (s) => mob.insertTourStop(db, s),
    reportTourStop: (id, r, at) => mob.reportTourStop(db, id, r, at),
    voidTourStop: (id, reason, at) => mob.voidTourStop(db, id, reason, at),
    insertFeedback: (f) => fb.insertFeedback(db, f),
    feedbackOf: (id) => fb.feedbackOf(db, id),
    messageCandidates: (now, until) => msg.messageCandidates(db, now, until),
    insertMessages: (list) => msg.insertMessages(db, list),
    unsentMessages: (now, max, limit) => msg.unsentMessages(db, now, max, limit),
    markMessage: (id, result) => msg.markMessage(db, id, result),
    messageCounts: (id) => msg.messageCounts(db, id),
    insertLedger: (e) => led.insertLedger(db, e),
    getLedgerEntry: (id) => led.getLedgerEntry(db, id),
    voidLedger: (w, r, by, at) => led.voidLedger(db, w, r, by, at),
    listLedger: (f, n) => led.listLedger(db, f, n),
    participants: (f) => led.participants(db, f),
    participantsByActivity: (f) => led.participantsByActivity(db, f),
    held: (f) => led.held(db, f),
    listVenues: () => ven.listVenues(db),
    getVenue: (id) => ven.getVenue(db, id),
    insertVenue: (v) => ven.insertVenue(db, v),
    setVenueStatus: (id, s, b, u) => ven.setVenueStatus(db, id, s, b, u),
    insertVenueEvent: (id, e) => ven.insertVenueEvent(db, id, e),
    venueEvents: (id) => ven.venueEvents(db, id),
    slotsOf: (id) => ven.slotsOf(db, id),
    insertSlots: (id, l) => ven.insertSlots(db, id, l),
    getSlot: (id) => ven.getSlot(db, id),
    lockSlot: (id) => ven.lockSlot(db, id),
    setSlotTaken: (id, n) => ven.setSlotTaken(db, id, n),
    insertBooking: (b) => ven.insertBooking(db, b),
    bookingsOf: (id) => ven.bookingsOf(db, id),
    getBooking: (id) => ven.getBooking(db, id),
    findBooking: (t) => ven.findBooking(db, t),
    cancelBooking: (id, reason, at) => ven.cancelBooking(db, id, reason, at),
    getScorecard: (y) => rep.getScorecard(db, y),
    saveScorecard: (y, c) => rep.saveScorecard(db, y, c),
    venueReports: (y, v) => rep.venueReports(db, y, v),
    saveVenueReport: (r) => rep.saveVenueReport(db, r),
    publishVenueReports: (y, at) => rep.publishVenueReports(db, y, at),
    prefillNotes: (y, u) => ven.prefillNotes(db, y, u),
    savePrefillNotes: (y, u, n) => ven.savePrefillNotes(db, y, u, n),
  };
}
