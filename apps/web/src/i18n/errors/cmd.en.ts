// English text of the commendations' error codes; params in {{ }}.
import type { errorsCmdZhCN } from './cmd.zh-CN.ts';

export const errorsCmdEn: Record<keyof typeof errorsCmdZhCN, string> = {
  'cmd.period_order': 'The period must not end before it starts.',
  'cmd.name_required': 'A free entry needs the nominee’s name.',
  'cmd.subject_id': 'Choose the nominee when nominating from the data; leave it empty for a free entry.',
  'cmd.comment_required': 'Returning or rejecting needs a comment.',
  'cmd.decision_number_required': 'The decision needs its document number.',
  'cmd.decision_date_required': 'The decision needs its date.',
  'cmd.round.not_found': 'No commendations of this year, or not published yet.',
  'cmd.round.year_exists': 'The {{year}} round exists already.',
  'cmd.round.state_conflict': 'The round is “{{state}}”: this step is not possible now.',
  'cmd.round.none_passed_conflict': 'No nomination has passed the review yet: nothing to decide.',
  'cmd.nomination.not_found': 'No such nomination.',
  'cmd.nomination.exists': '“{{name}}” is nominated in this category already.',
  'cmd.nomination.state_conflict': 'The nomination is “{{state}}”: this step is not possible now.',
  'cmd.subject_kind': 'This category does not take this kind of nominee.',
  'cmd.subject_unknown': 'The data has no such nominee.',
  'cmd.area_unknown': 'No such area.',
  'cmd.below_reason_required': 'The nominee falls short of the category’s thresholds: give a reason.',
};
