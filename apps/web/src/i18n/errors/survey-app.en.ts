// English text of the survey's storage, fieldwork and respondent error codes.
import type { errorsSurveyAppZhCN } from './survey-app.zh-CN.ts';

export const errorsSurveyAppEn: Record<keyof typeof errorsSurveyAppZhCN, string> = {
  'survey.read': 'Only the office, survey analysts and interviewers can see surveys.',
  'survey.manage': 'Only the office manages surveys, sample designs and fieldwork.',
  'survey.analyse': 'Only a survey analyst or the office can do this.',
  'survey.interview': 'You can enter responses only in the PSUs assigned to you.',
  'survey.not_found': 'This survey does not exist.',
  'survey.instrument.not_found': 'This instrument does not exist.',
  'survey.instrument.version_exists':
    'Version {{version}} of instrument {{code}} exists already; give it a new version.',
  'survey.unknown_instrument': 'There is no instrument {{id}}.',
  'survey.unknown_district': 'There is no district {{code}}.',
  'survey.status_conflict': 'The survey’s stage does not allow this.',
  'survey.analysis.lonely_psu':
    'The responses of district {{district}} come from one PSU only, so its sampling error cannot be estimated: each district needs responses from at least two PSUs.',
  'survey.analysis.districts_without_responses':
    'No valid responses from {{districts}}: the weights are raked to every district of the city, so import or collect responses there first.',
  'survey.purged_conflict': 'This survey’s answers were deleted when their retention period ended.',
  'survey.design_missing': 'Set the sample design before fieldwork opens.',
  'survey.psu_outside_districts': 'PSU {{psu}} lies in {{district}}, which the survey does not cover.',
  'survey.duplicate_psu': 'PSU {{psu}} appears twice.',
  'survey.quota_outside_districts':
    'District {{district}} is not covered by the survey, so it cannot have a quota.',
  'survey.duplicate_district_quota': 'District {{district}} has two quotas.',
  'survey.duplicate_group_quota': 'Group quota {{row}} repeats an earlier group.',
  'survey.unknown_psu': 'The design has no PSU {{psu}}.',
  'survey.not_an_interviewer': 'Account {{id}} is not an interviewer.',
  'survey.count_or_contacts': 'Give either a number of invitations or a list of contacts.',
  'survey.invitation.not_found': 'This invitation link is not valid, or the survey has ended.',
  'survey.response.submitted_conflict': 'This questionnaire has been submitted already.',
  'survey.consent_missing': 'Read and agree to the consent text first.',
  'survey.response_incomplete': 'Some questions are not answered yet.',
  'survey.unknown_question': 'The instrument has no question “{{field}}”.',
  'survey.answer_not_an_option': 'The answer to “{{field}}” is not one of its choices.',
  'survey.answer_missing': 'Not answered: {{item}}{{field}}.',
  'survey.response.not_found': 'This response does not exist.',
  'survey.response.not_flagged': 'Only a flagged response is reviewed.',
  'survey.analysis.no_census':
    'No census margins for this city (needed for the weights), so no estimate; only Panjin’s are shipped.',
  'survey.analysis.too_few': 'Only {{n}} valid responses: too few to estimate.',
  'survey.analysis.suppressed': 'The rule suppresses the city estimate ({{n}} respondents).',
  'survey.analysis.no_area': 'The survey has no district, so there is no area to publish for.',
  'survey.import_invalid':
    'The file has problems; no response was imported. Correct them and import it again.',
  'survey.import.unknown_column': 'The header’s “{{column}}” is not a column of this instrument.',
  'survey.import.missing_column': 'The header has no “{{column}}” column.',
  'survey.import.empty': 'The file has no responses.',
  'survey.import.bad_cell': 'Row {{row}}, column “{{column}}”: “{{value}}” is not an answer.',
};
