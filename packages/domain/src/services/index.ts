// @kepu/domain/services: the participation ledger, campaigns and activities, public registration and check-in,
// venues and bases, and the statistics pre-fill.

export {
  activityDetail,
  createActivity,
  createCampaign,
  listActivities,
  listCampaigns,
  moveActivity,
  publicActivities,
  publicActivity,
} from './activities.use-cases.ts';
export { activityMoveNames, activityMoves, movesFrom, nextState } from './activity.workflow.ts';
export {
  bookSlot,
  cancelBookingByStaff,
  cancelBookingByToken,
  publicBooking,
  venueBookings,
} from './bookings.use-cases.ts';
export { type CampaignReport, type CampaignTypeRow, campaignReport } from './campaign-report.use-cases.ts';
export { applyScans, doorList, recordWalkIns, selfCheckIn } from './checkin.use-cases.ts';
export {
  FEEDBACK_DAYS,
  feedbackForm,
  feedbackResults,
  feedbackWindow,
  giveFeedback,
} from './feedback.use-cases.ts';
export { ledgerEntries, ledgerFigures, voidLedgerEntry } from './ledger.use-cases.ts';
export { districtOf, type FigureRow, figuresByDistrict } from './ledger.view.ts';
export { activityMessages, deliverServiceMessages, type SendText } from './messages.use-cases.ts';
export {
  createMobileUnit,
  mobileUnits,
  planTourStop,
  reportTourStop,
  stopVisitors,
  voidTourStop,
} from './mobile.use-cases.ts';
export { formGroup, prefillRules } from './prefill.ts';
export { applyPrefill, type PrefillCell, prefillCells, prefillView } from './prefill.use-cases.ts';
export type {
  ActivityFilter,
  ListedActivity,
  ListedTourStop,
  ListedVenue,
  PublicListing,
} from './public-listing.use-cases.ts';
export { activityDays, filterActivities, filterTours, publicListing } from './public-listing.use-cases.ts';
export { cancelRegistration, register, ticket } from './registration.use-cases.ts';
export { purgeRegistrationAnswers } from './retention.use-cases.ts';
export {
  type ActivityState,
  activityStates,
  activityTypes,
  campaignKinds,
  ledgerKinds,
  type MobileKind,
  mobileKinds,
  type TargetGroup,
  targetGroups,
  type VenueStatus,
  venueAccessibility,
  venueAudiences,
  venueCategories,
  venueLevels,
  venueStatuses,
} from './svc.codes.ts';
export type { ActivityQuery, SvcContext, SvcStore } from './svc.ports.ts';
export {
  type ActivityView,
  presentActivity,
  presentRegistration,
  presentSession,
  type RegistrationView,
} from './svc.presenters.ts';
export type * from './svc.records.ts';
export {
  activitySchema,
  bookingSchema,
  campaignSchema,
  feedbackSchema,
  ledgerQuerySchema,
  mobileUnitSchema,
  moveSchema,
  prefillApplySchema,
  publicQuerySchema,
  registerSchema,
  scanBatchSchema,
  scanSchema,
  scorecardSchema,
  selfCheckInSchema,
  slotsSchema,
  stopReportSchema,
  tourStopSchema,
  venueCheckSchema,
  venueQuerySchema,
  venueReportSchema,
  venueReviewSchema,
  venueSchema,
  venueStatusSchema,
  visitSchema,
  voidSchema,
  walkInSchema,
} from './svc.schemas.ts';
export { openNow, weekTime } from './venue-hours.ts';
export {
  publicVenueResults,
  publishVenueResults,
  recordVenueCheck,
  reviewVenueReport,
  setScorecard,
  submitVenueReport,
  venueAssessment,
  venueCheckTarget,
} from './venue-reports.use-cases.ts';
export {
  DEFAULT_SCORECARD,
  type Grade,
  type Scorecard,
  type ScoreItem,
} from './venue-scorecard.ts';
export {
  addSlots,
  createVenue,
  filterVenues,
  listVenues,
  type PublicVenue,
  publicVenue,
  publicVenues,
  recordVisit,
  setVenueStatus,
  type VenueFilter,
  venueDetail,
} from './venues.use-cases.ts';
