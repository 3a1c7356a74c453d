// English text of the training records' error codes; params in {{ }}.
import type { errorsTrnZhCN } from './trn.zh-CN.ts';

export const errorsTrnEn: Record<keyof typeof errorsTrnZhCN, string> = {
  'trn.area_unknown': 'There is no such area.',
  'trn.unit_unknown': 'There is no such organiser.',
  'trn.task_unknown': 'The current plan has no task {{task}}.',
  'trn.completed_over_trainees': 'No more can complete than there are trainees ({{trainees}}).',
  'trn.by_sex_total': 'Men and women must add up to the trainees ({{trainees}}).',
  'trn.named_has_no_headcount': 'A course with named trainees counts them from the names.',
  'trn.ends_before_start': 'The last day cannot be before the first.',
  'trn.year_closed_conflict': 'The {{year}} statistics are accepted; this course can no longer be corrected.',
  'trn.course.not_found': 'This training course was not found.',
  'trn.course.headcount_only_conflict': 'This course counts its trainees by group, not by name.',
  'trn.session.not_found': 'This session was not found.',
  'trn.session.state_conflict':
    'This session cannot take this step now; it may be held or void. Refresh the page.',
  'trn.session.not_begun_conflict': 'This session begins on {{startsOn}}; mark it held once it has begun.',
  'trn.session.no_trainees_conflict': 'Record the trainees before marking a session held.',
  'trn.trainee.not_found': 'This trainee was not found.',
  'trn.trainee.erased_conflict': "This trainee's personal details were erased; they cannot be changed.",
  'trn.file.not_found': 'This evidence file was not found.',
  'trn.file.too_many': 'A course holds at most {{max}} evidence files.',
};
