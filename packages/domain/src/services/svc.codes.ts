// The public services' codes: target groups, ledger kinds, activity types and states, venue levels and statuses.
// Codes only; the web app labels each in zh-CN and en.

/** The plan's five target groups plus the general public (公众). */
export const targetGroups = ['youth', 'workers', 'farmers', 'elderly', 'officials', 'public'] as const;
export type TargetGroup = (typeof targetGroups)[number];

/** registration: a seat taken; check_in: a ticket or person at the door; headcount: an aggregate count (a mass event,
 *  walk-ins); visit: people at a venue (door check-in or a group booking); volunteer_service: a volunteer's approved
 *  hours (one entry per approved record, its evidence `vol_hours:<id>`; not a participant); quiz: a contest paper
 *  submitted (issue 17); expert_service: an expert's lecture, consultation or content review (one entry per service
 *  record, its evidence `exp_service:<id>`; not a participant); content_read: a day's reads of a published work
 *  (reach, not a participant); training: trainees of a training session held (issue 16, one entry per group, its
 *  evidence `trn_session:<id>`, the organising plan unit in `unitId`). */
export const ledgerKinds = [
  'registration',
  'check_in',
  'headcount',
  'visit',
  'volunteer_service',
  'quiz',
  'expert_service',
  'content_read',
  'training',
] as const;
export type LedgerKind = (typeof ledgerKinds)[number];
/** The kinds that count as participation (a registration is an intention, not a participant). */
export const participationKinds: readonly LedgerKind[] = [
  'check_in',
  'headcount',
  'visit',
  'quiz',
  'training',
];

export const campaignKinds = [
  'science_day',
  'science_week',
  'science_winter',
  'three_rural',
  'other',
] as const;
export type CampaignKind = (typeof campaignKinds)[number];

export const activityTypes = [
  'lecture',
  'exhibition',
  'contest',
  'training',
  'open_day',
  'caravan',
  'other',
] as const;
export type ActivityType = (typeof activityTypes)[number];

/** 科普大篷车, 流动科技馆 sets, other touring exhibitions */
export const mobileKinds = ['caravan', 'mobile_museum', 'other'] as const;
export type MobileKind = (typeof mobileKinds)[number];

export const coordSystems = ['gcj02', 'wgs84'] as const;
export type CoordSystem = (typeof coordSystems)[number];

export const activityStates = [
  'draft',
  'submitted',
  'approved',
  'published',
  'completed',
  'summary_submitted',
  'accepted',
  'returned',
  'cancelled',
] as const;
export type ActivityState = (typeof activityStates)[number];

/** States in which an activity has been held (it counts as an activity held). */
export const heldStates: readonly ActivityState[] = ['completed', 'summary_submitted', 'accepted'];

export const venueLevels = ['national', 'provincial', 'municipal', 'district'] as const;
/** The six national categories of science education bases. */
export const venueCategories = [
  'science_centre',
  'museum',
  'nature',
  'research',
  'industry',
  'community',
] as const;
/** Who a venue suits (the public filter "suitable for older people or children"). */
export const venueAudiences = ['children', 'elderly', 'students', 'families', 'public'] as const;
export const venueAccessibility = ['step_free', 'toilet', 'large_print', 'hearing_loop', 'guide'] as const;
export const venueStatuses = [
  'applying',
  'accredited',
  'under_review',
  'rectifying',
  'revoked',
  'expired',
] as const;
export type VenueStatus = (typeof venueStatuses)[number];
