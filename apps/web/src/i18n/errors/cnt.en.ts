// English text of science content's error codes; params in {{ }}.
import type { errorsCntZhCN } from './cnt.zh-CN.ts';

export const errorsCntEn: Record<keyof typeof errorsCntZhCN, string> = {
  'cnt.work.not_found': 'This work cannot be found.',
  'cnt.work_unknown': 'There is no such work.',
  'cnt.work.state_conflict':
    'The work’s state does not allow this step; please reload the page and try again.',
  'cnt.hazard_required': 'An emergency pack names its hazard.',
  'cnt.rumour_required': 'A rumour check states the claim and the verdict.',
  'cnt.media_required': 'A video or audio work gives the link to its file.',
  'cnt.unit_not_own': 'A liaison files works of their own unit only.',
  'cnt.comments_required': 'Say what to revise when returning a work.',
  'cnt.reviewer_unknown': 'This expert does not exist or takes no requests now.',
  'cnt.reviewer_topic': 'This expert’s topics do not meet the work’s; choose one of the experts listed.',
  'cnt.review.not_found': 'This review link is not valid; please check with whoever sent it.',
  'cnt.review.state_conflict': 'This review has been given or recalled already.',
  'cnt.not_a_pack': 'Only an emergency pack is published in emergency mode.',
  'cnt.emergency.not_found': 'This emergency publication cannot be found.',
  'cnt.emergency.active_conflict': 'This pack is in emergency publication already.',
  'cnt.emergency.ended_conflict': 'This emergency publication has ended.',
};
