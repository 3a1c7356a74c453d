// What the services store returns and takes (the db package maps its rows to these).

import type {
  ActivityState,
  ActivityType,
  CampaignKind,
  CoordSystem,
  LedgerKind,
  MobileKind,
  TargetGroup,
  VenueStatus,
} from './svc.codes.ts';
import type { Grade, Scorecard } from './venue-scorecard.ts';

export interface Coordinates {
  lng: number;
  lat: number;
  /** The system the coordinates are in: GCJ-02 (Chinese web maps) or WGS-84 (GPS). */
  system: CoordSystem;
}

/** Open on these weekdays (1 Monday … 7 Sunday) from `opens` to `closes` (HH:MM, the jurisdiction's time). */
export interface WeeklyPeriod {
  days: number[];
  opens: string;
  closes: string;
}

export interface Campaign {
  id: number;
  name: string;
  kind: CampaignKind;
  startsOn: string;
  endsOn: string;
  themes: string;
  demo: boolean;
}
export type CampaignInput = Omit<Campaign, 'id' | 'demo'>;

/** One field of an activity's registration form; `personal` fields are deleted after the retention. */
export interface FormField {
  key: string;
  label: string;
  personal: boolean;
  required: boolean;
}

export interface SessionRecord {
  id: number;
  activityId: number;
  startsAt: string;
  endsAt: string;
  capacity: number;
  taken: number;
}

/** The summary an organiser files after the event: people not counted by tickets, by group, and evidence. */
export interface ActivitySummary {
  headcount: Partial<Record<TargetGroup, number>>;
  evidence: string[];
  mediaLinks: string[];
  note: string;
}

export interface ActivityRecord {
  id: number;
  title: string;
  campaignId: number | null;
  organiserUnitId: number | null;
  organiser: string;
  areaCode: string;
  areaPath: string[];
  areaName: string;
  venueId: number | null;
  address: string;
  coordinates: Coordinates | null;
  type: ActivityType;
  targetGroups: TargetGroup[];
  mode: 'online' | 'offline';
  description: string;
  form: FormField[];
  retentionDays: number;
  state: ActivityState;
  summary: ActivitySummary | null;
  demo: boolean;
  createdAt: string;
  stateAt: string;
}
export type ActivityInput = Omit<
  ActivityRecord,
  'id' | 'state' | 'summary' | 'demo' | 'createdAt' | 'stateAt' | 'areaPath' | 'areaName'
> & { createdBy: number | null };

export interface ActivityEvent {
  fromState: ActivityState | null;
  toState: ActivityState;
  note: string | null;
  byName: string;
  at: string;
}

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled' | 'checked_in';
export interface RegistrationRecord {
  id: number;
  sessionId: number;
  name: string;
  phone: string;
  targetGroup: TargetGroup;
  minors: number;
  status: RegistrationStatus;
  createdAt: string;
  promotedAt: string | null;
  checkedInAt: string | null;
  /** SHA-256 (hex) of the ticket token: what an offline scanner matches a scanned code against. */
  tokenHash?: string;
}
export interface RegistrationInput {
  sessionId: number;
  name: string;
  phone: string;
  targetGroup: TargetGroup;
  minors: number;
  answers: Record<string, string>;
}

export interface LedgerEntryInput {
  kind: LedgerKind;
  registrationId: number | null;
  targetGroup: TargetGroup;
  areaCode: string;
  campaignId: number | null;
  activityId: number | null;
  venueId: number | null;
  count: number;
  occurredAt: string;
  evidence: string | null;
  createdBy: string;
  /** the plan unit whose work an entry not tied to an activity is (a training session's organiser) */
  unitId?: number | null;
}
export interface LedgerEntry extends LedgerEntryInput {
  id: number;
  voidedAt: string | null;
  voidReason: string | null;
}

/** What the ledger's queries filter on; every filter optional. */
export interface LedgerFilter {
  year?: number;
  /** entries in this area's subtree */
  areaRoot?: string;
  campaignId?: number;
  activityId?: number;
  /** activities organised by this plan unit (and entries of its own without an activity: training) */
  organiserUnitId?: number;
  /** activities of these types */
  types?: ActivityType[];
  /** activities in campaigns of this kind */
  campaignKind?: CampaignKind;
  /** visits to venues hosted by this plan unit, of this category */
  hostUnitId?: number;
  venueCategory?: string;
  kinds?: LedgerKind[];
}
/** Participants summed by area and group (void entries left out). */
export interface LedgerSum {
  areaCode: string;
  targetGroup: TargetGroup;
  mode: 'online' | 'offline' | null;
  count: number;
}
export interface HeldCount {
  areaCode: string;
  mode: 'online' | 'offline';
  count: number;
}

/** A scan as the store resolves it against the tickets. */
export interface ScanInput {
  nonce: string;
  token: string;
  scannedAt: string;
}
export type ScanResult =
  | 'checked_in'
  | 'duplicate'
  | 'replayed'
  | 'unknown'
  | 'not_confirmed'
  | 'wrong_session';
export interface TicketRef {
  registrationId: number;
  sessionId: number;
  status: RegistrationStatus;
  targetGroup: TargetGroup;
  minors: number;
  name: string;
}

export interface VenueRecord {
  id: number;
  name: string;
  level: string;
  category: string;
  hostUnitId: number | null;
  areaCode: string;
  areaName: string;
  address: string;
  coordinates: Coordinates | null;
  openingHours: string;
  /** The opening hours as data (for "open now"); empty when only the text says them. */
  weeklyHours: WeeklyPeriod[];
  accessibility: string[];
  audiences: string[];
  bookable: boolean;
  status: VenueStatus;
  batch: string | null;
  validUntil: string | null;
  demo: boolean;
}
export type VenueInput = Omit<VenueRecord, 'id' | 'areaName' | 'status' | 'demo'>;
export interface VenueEvent {
  fromStatus: VenueStatus | null;
  toStatus: VenueStatus;
  reason: string;
  documentNo: string | null;
  byName: string;
  at: string;
}
export interface SlotRecord {
  id: number;
  venueId: number;
  startsAt: string;
  endsAt: string;
  capacity: number;
  taken: number;
}
export interface BookingRecord {
  id: number;
  slotId: number;
  groupName: string;
  contact: string;
  size: number;
  targetGroup: TargetGroup;
  status: 'booked' | 'visited' | 'cancelled';
  /** Why staff cancelled it; null when the group did, or while it stands. */
  cancelReason: string | null;
  cancelledAt: string | null;
}
export type BookingInput = Pick<BookingRecord, 'slotId' | 'groupName' | 'contact' | 'size' | 'targetGroup'>;

export interface PrefillNote {
  item: string;
  option: string;
  suggested: number | null;
  value: number | null;
  reason: string | null;
  byName: string;
  at: string;
}

/** A mobile unit (科普大篷车, a 流动科技馆 set) and its tour stops. */
export interface MobileUnitInput {
  name: string;
  kind: MobileKind;
  hostUnitId: number | null;
  areaCode: string;
}
export interface MobileUnitRecord extends MobileUnitInput {
  id: number;
  areaName: string;
  demo: boolean;
}
export interface TourStopInput {
  unitId: number;
  site: string;
  areaCode: string;
  address: string;
  coordinates: Coordinates | null;
  startsOn: string;
  endsOn: string;
  campaignId: number | null;
  createdBy: string;
}
export interface TourStopRecord extends Omit<TourStopInput, 'createdBy'> {
  id: number;
  areaName: string;
  areaPath: string[];
  /** visitors by target group, once reported */
  headcount: Partial<Record<TargetGroup, number>> | null;
  activities: number | null;
  km: number | null;
  reportedAt: string | null;
  voidedAt: string | null;
  voidReason: string | null;
}

/** One answer to an activity's satisfaction survey (ratings 1–5); the registration only keeps a ticket to one answer. */
export interface FeedbackInput {
  activityId: number;
  registrationId: number | null;
  overall: number;
  content: number;
  organisation: number;
  recommend: boolean | null;
  comment: string;
}
export interface FeedbackRecord extends Omit<FeedbackInput, 'registrationId'> {
  id: number;
  /** answered from a ticket (else through the activity's open link) */
  ticket: boolean;
  createdAt: string;
}

/** A text message to a registrant: the day before the session, or when a freed seat moved them off the waitlist. */
export type MessageKind = 'reminder' | 'promoted';
export type MessageState = 'queued' | 'sent' | 'failed';
/** A registration owed a message, with what its text says. */
export interface MessageCandidate {
  registrationId: number;
  kind: MessageKind;
  title: string;
  startsAt: string;
  /** The venue's name, else the activity's address; '' for an online activity without one. */
  place: string;
}
export interface OutgoingMessage {
  id: number;
  activityId: number;
  phone: string;
  body: string;
}
export interface MessageCount {
  kind: MessageKind;
  state: MessageState;
  count: number;
}

/** A venue's self-report of a year and its review (venue-reports.use-cases.ts). */
export interface VenueReport {
  venueId: number;
  venueName: string;
  year: number;
  card: Scorecard;
  values: Record<string, number>;
  selfPoints: Record<string, number>;
  selfTotal: number;
  note: string;
  state: 'submitted' | 'reviewed' | 'published';
  reviewPoints: Record<string, number> | null;
  reviewTotal: number | null;
  grade: Grade | null;
  comment: string;
  /** the on-site check: an accountability inspection of the host unit (its findings are rectification items) */
  checkInspectionId: number | null;
  submittedAt: string;
  reviewedAt: string | null;
  publishedAt: string | null;
}
