// The ordered list of migrations, bundled in code so both engines and every entry point see the same set.
import type { Migration, MigrationProvider } from 'kysely';
import * as createFoundation from './20261129100000-create-foundation.ts';
import * as createAccountability from './20261129120000-create-accountability.ts';
import * as createIndicators from './20261129130000-create-indicators.ts';
import * as addPlanPositions from './20261129140000-add-plan-positions.ts';
import * as indRollup from './20261205100000-ind-rollup.ts';
import * as accNotificationReads from './20261205130000-acc-notification-reads.ts';
import * as narrowTargets from './20261205140000-narrow-targets.ts';
import * as addIndSetupFlags from './20261205150000-add-ind-setup-flags.ts';
import * as populationsOneSource from './20261205160000-populations-one-source.ts';
import * as unitEmailSince from './20261205170000-unit-email-since.ts';
import * as indRollupStages from './20261206100000-ind-rollup-stages.ts';
import * as accountStates from './20261206120000-account-states.ts';
import * as workItemEvidence from './20261206140000-work-item-evidence.ts';
import * as indItemMeasure from './20261206160000-ind-item-measure.ts';
import * as rectificationEvents from './20261207020000-rectification-events.ts';
import * as indRollupBulk from './20261207050000-ind-rollup-bulk.ts';
import * as markDemoRecords from './20261207070000-mark-demo-records.ts';
import * as addSurveyRoles from './20261208010000-add-survey-roles.ts';
import * as createSurvey from './20261208020000-create-survey.ts';
import * as indRollupGroupLocks from './20261210010000-ind-rollup-group-locks.ts';
import * as addSurveyRetention from './20261211010000-add-survey-retention.ts';
import * as addSurveyQuotas from './20261212010000-add-survey-quotas.ts';
import * as outlineV2 from './20261213010000-outline-v2.ts';
import * as addJurisdictions from './20261214010000-add-jurisdictions.ts';
import * as createPublication from './20261215010000-create-publication.ts';
import * as createServices from './20261216010000-create-services.ts';
import * as indJurisdictions from './20261217010000-ind-jurisdictions.ts';
import * as createVolunteers from './20261220010000-create-volunteers.ts';
import * as createContest from './20261221010000-create-contest.ts';
import * as venueWeeklyHours from './20261222010000-venue-weekly-hours.ts';
import * as activityFeedback from './20261223010000-activity-feedback.ts';
import * as mobileUnits from './20261223020000-mobile-units.ts';
import * as serviceMessages from './20261224010000-service-messages.ts';
import * as bookingCancel from './20261224020000-booking-cancel.ts';
import * as venueAssessment from './20261224030000-venue-assessment.ts';
import * as rectificationLinks from './20261224040000-rectification-links.ts';
import * as createExperts from './20261225010000-create-experts.ts';
import * as createTraining from './20261225020000-create-training.ts';
import * as createCommendations from './20261225030000-create-commendations.ts';
import * as createContent from './20261225050000-create-content.ts';
import * as contestImages from './20261225070000-contest-images.ts';
import * as contestTeams from './20261225071000-contest-teams.ts';

const migrations: Record<string, Migration> = {
  '20261129100000-create-foundation': createFoundation,
  '20261129120000-create-accountability': createAccountability,
  '20261129130000-create-indicators': createIndicators,
  '20261129140000-add-plan-positions': addPlanPositions,
  '20261205100000-ind-rollup': indRollup,
  '20261205130000-acc-notification-reads': accNotificationReads,
  '20261205140000-narrow-targets': narrowTargets,
  '20261205150000-add-ind-setup-flags': addIndSetupFlags,
  '20261205160000-populations-one-source': populationsOneSource,
  '20261205170000-unit-email-since': unitEmailSince,
  '20261206100000-ind-rollup-stages': indRollupStages,
  '20261206120000-account-states': accountStates,
  '20261206140000-work-item-evidence': workItemEvidence,
  '20261206160000-ind-item-measure': indItemMeasure,
  '20261207020000-rectification-events': rectificationEvents,
  '20261207050000-ind-rollup-bulk': indRollupBulk,
  '20261207070000-mark-demo-records': markDemoRecords,
  '20261208010000-add-survey-roles': addSurveyRoles,
  '20261208020000-create-survey': createSurvey,
  '20261210010000-ind-rollup-group-locks': indRollupGroupLocks,
  '20261211010000-add-survey-retention': addSurveyRetention,
  '20261212010000-add-survey-quotas': addSurveyQuotas,
  '20261213010000-outline-v2': outlineV2,
  '20261214010000-add-jurisdictions': addJurisdictions,
  '20261215010000-create-publication': createPublication,
  '20261216010000-create-services': createServices,
  '20261217010000-ind-jurisdictions': indJurisdictions,
  '20261220010000-create-volunteers': createVolunteers,
  '20261221010000-create-contest': createContest,
  '20261222010000-venue-weekly-hours': venueWeeklyHours,
  '20261223010000-activity-feedback': activityFeedback,
  '20261223020000-mobile-units': mobileUnits,
  '20261224010000-service-messages': serviceMessages,
  '20261224020000-booking-cancel': bookingCancel,
  '20261224030000-venue-assessment': venueAssessment,
  '20261224040000-rectification-links': rectificationLinks,
  '20261225010000-create-experts': createExperts,
  '20261225020000-create-training': createTraining,
  '20261225030000-create-commendations': createCommendations,
  '20261225050000-create-content': createContent,
  '20261225070000-contest-images': contestImages,
  '20261225071000-contest-teams': contestTeams,
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
