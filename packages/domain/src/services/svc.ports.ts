// What the public services' use-cases need from storage; the db package implements it over one transaction.
import type { IndStore } from '../indicators/ind.ports.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import type { AreaStore, UnitStore } from '../use-cases/ports.ts';
import type { ActivityState, TargetGroup, VenueStatus } from './svc.codes.ts';
import type {
  ActivityEvent,
  ActivityInput,
  ActivityRecord,
  ActivitySummary,
  BookingInput,
  BookingRecord,
  Campaign,
  CampaignInput,
  FeedbackInput,
  FeedbackRecord,
  HeldCount,
  LedgerEntry,
  LedgerEntryInput,
  LedgerFilter,
  LedgerSum,
  MessageCandidate,
  MessageCount,
  MessageKind,
  MobileUnitInput,
  MobileUnitRecord,
  OutgoingMessage,
  PrefillNote,
  RegistrationInput,
  RegistrationRecord,
  RegistrationStatus,
  SessionRecord,
  SlotRecord,
  TicketRef,
  TourStopInput,
  TourStopRecord,
  VenueEvent,
  VenueInput,
  VenueRecord,
  VenueReport,
} from './svc.records.ts';
import type { Scorecard } from './venue-scorecard.ts';

export interface ActivityQuery {
  states?: ActivityState[];
  areaRoot?: string;
  campaignId?: number;
  /** sessions starting on or after / before these days (local dates) */
  from?: string;
  to?: string;
  audience?: string;
  text?: string;
}

export interface SvcStore {
  listCampaigns(): Promise<Campaign[]>;
  getCampaign(id: number): Promise<Campaign | undefined>;
  insertCampaign(c: CampaignInput): Promise<Campaign>;

  listActivities(q: ActivityQuery): Promise<ActivityRecord[]>;
  getActivity(id: number): Promise<ActivityRecord | undefined>;
  insertActivity(a: ActivityInput): Promise<ActivityRecord>;
  setActivityState(id: number, state: ActivityState, summary?: ActivitySummary): Promise<void>;
  insertActivityEvent(
    activityId: number,
    e: Omit<ActivityEvent, 'at'> & { byUser: number | null },
  ): Promise<void>;
  activityEvents(activityId: number): Promise<ActivityEvent[]>;

  sessionsOf(activityIds: number[]): Promise<SessionRecord[]>;
  insertSessions(
    activityId: number,
    list: Omit<SessionRecord, 'id' | 'activityId' | 'taken'>[],
  ): Promise<void>;
  getSession(id: number): Promise<SessionRecord | undefined>;
  /** The session, its row locked until the transaction ends (registrations and cancellations take turns). */
  lockSession(id: number): Promise<SessionRecord | undefined>;
  /** Takes `seats` of a session when they fit, in one conditional update (its row locked to the end of the transaction
   *  when it does); false, and nothing changed, when they do not. */
  claimSeats(sessionId: number, seats: number): Promise<boolean>;
  setTaken(sessionId: number, taken: number): Promise<void>;

  /** Stores a registration with a fresh random ticket token (only its hash kept); answers the token once. */
  insertRegistration(
    r: RegistrationInput,
    status: RegistrationStatus,
  ): Promise<{ id: number; token: string }>;
  findTicket(token: string): Promise<(RegistrationRecord & { activityId: number }) | undefined>;
  /** Tickets by their tokens (for a batch of scans), keyed by token. */
  ticketsByTokens(tokens: string[]): Promise<Map<string, TicketRef>>;
  setRegistrationStatus(id: number, status: RegistrationStatus, at: string): Promise<void>;
  /** Waitlisted registrations of a session, oldest first. */
  waitlist(sessionId: number): Promise<RegistrationRecord[]>;
  registrationsOf(sessionId: number): Promise<RegistrationRecord[]>;
  /** Clears name, phone and answers of registrations whose activity's retention ended by `now`. */
  purgeRegistrations(now: string): Promise<{ activityId: number; cleared: number }[]>;

  /** Records scans whose nonce is new; answers the nonces that were already there. */
  claimNonces(
    rows: {
      nonce: string;
      sessionId: number;
      registrationId: number | null;
      result: string;
      scannedAt: string;
    }[],
    byUser: number | null,
  ): Promise<Set<string>>;
  scanResults(nonces: string[]): Promise<Map<string, string>>;
  markCheckedIn(ids: number[], at: string): Promise<void>;

  listMobileUnits(): Promise<MobileUnitRecord[]>;
  getMobileUnit(id: number): Promise<MobileUnitRecord | undefined>;
  insertMobileUnit(u: MobileUnitInput): Promise<MobileUnitRecord>;
  /** Tour stops, voided ones too, by their start; of one unit or all. */
  tourStops(unitId?: number): Promise<TourStopRecord[]>;
  getTourStop(id: number): Promise<TourStopRecord | undefined>;
  insertTourStop(s: TourStopInput): Promise<TourStopRecord>;
  reportTourStop(
    id: number,
    r: { headcount: Partial<Record<TargetGroup, number>>; activities: number; km: number },
    at: string,
  ): Promise<void>;
  voidTourStop(id: number, reason: string, at: string): Promise<void>;

  /** Stores a survey answer; null when the ticket has answered already. */
  insertFeedback(f: FeedbackInput): Promise<number | null>;
  /** An activity's survey answers, newest first. */
  feedbackOf(activityId: number): Promise<FeedbackRecord[]>;

  /** Confirmed registrations of published activities owed a message: a reminder when their session starts after
   *  `now` and by `until`, a promotion when a freed seat moved them off the waitlist and the session has not begun. */
  messageCandidates(now: string, until: string): Promise<MessageCandidate[]>;
  /** Queues messages, one per registration and kind (a second is ignored); answers how many were new. */
  insertMessages(list: { registrationId: number; kind: MessageKind; body: string }[]): Promise<number>;
  /** Messages not sent yet (queued, or failed fewer than `maxAttempts` times) of registrations still confirmed whose
   *  session has not begun, oldest first. */
  unsentMessages(now: string, maxAttempts: number, limit: number): Promise<OutgoingMessage[]>;
  markMessage(id: number, result: { sentAt: string } | { error: string }): Promise<void>;
  messageCounts(activityId: number): Promise<MessageCount[]>;

  insertLedger(entries: LedgerEntryInput[]): Promise<void>;
  getLedgerEntry(id: number): Promise<LedgerEntry | undefined>;
  /** Voids entries (never deletes): one by id, every live entry of a kind for a registration, or those with an evidence. */
  voidLedger(
    where: { id?: number; registrationId?: number; kind?: string; evidence?: string },
    reason: string,
    by: string,
    at: string,
  ): Promise<number>;
  listLedger(f: LedgerFilter, limit: number): Promise<LedgerEntry[]>;
  participants(f: LedgerFilter): Promise<LedgerSum[]>;
  participantsByActivity(
    f: LedgerFilter,
  ): Promise<{ activityId: number; targetGroup: LedgerSum['targetGroup']; count: number }[]>;
  held(f: LedgerFilter): Promise<HeldCount[]>;

  listVenues(): Promise<VenueRecord[]>;
  getVenue(id: number): Promise<VenueRecord | undefined>;
  insertVenue(v: VenueInput): Promise<VenueRecord>;
  setVenueStatus(
    id: number,
    status: VenueStatus,
    batch: string | null,
    validUntil: string | null,
  ): Promise<void>;
  insertVenueEvent(venueId: number, e: Omit<VenueEvent, 'at'> & { byUser: number | null }): Promise<void>;
  venueEvents(venueId: number): Promise<VenueEvent[]>;
  slotsOf(venueId: number): Promise<SlotRecord[]>;
  insertSlots(venueId: number, list: Omit<SlotRecord, 'id' | 'venueId' | 'taken'>[]): Promise<void>;
  getSlot(id: number): Promise<SlotRecord | undefined>;
  lockSlot(id: number): Promise<SlotRecord | undefined>;
  setSlotTaken(id: number, taken: number): Promise<void>;
  /** Stores a booking; its token (the group's link) is answered once, only its hash is kept. */
  insertBooking(b: BookingInput): Promise<BookingRecord & { token: string }>;
  findBooking(token: string): Promise<BookingRecord | undefined>;
  /** A venue's group bookings, by slot time then booking order. */
  bookingsOf(venueId: number): Promise<BookingRecord[]>;
  getBooking(id: number): Promise<BookingRecord | undefined>;
  cancelBooking(id: number, reason: string | null, at: string): Promise<void>;

  getScorecard(year: number): Promise<Scorecard | undefined>;
  saveScorecard(year: number, card: Scorecard): Promise<void>;
  /** Reports of a year (with their venue's name), by venue name; or one venue's. */
  venueReports(year: number, venueId?: number): Promise<VenueReport[]>;
  saveVenueReport(r: Omit<VenueReport, 'venueName'>): Promise<void>;
  /** Marks a year's reviewed reports published; answers their venue ids. */
  publishVenueReports(year: number, at: string): Promise<number[]>;

  prefillNotes(year: number, indUnitId: number): Promise<PrefillNote[]>;
  savePrefillNotes(year: number, indUnitId: number, notes: Omit<PrefillNote, 'at'>[]): Promise<void>;
}

/** The services' ports; the pre-fill reads populations and writes figures through the indicators' store. */
export type SvcContext = UseCaseContext<{ svc: SvcStore; areas: AreaStore; ind: IndStore; units: UnitStore }>;
