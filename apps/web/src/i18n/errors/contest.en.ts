// English text of the quizzes' and contests' error codes.
import type { errorsContestZhCN } from './contest.zh-CN.ts';

export const errorsContestEn: Record<keyof typeof errorsContestZhCN, string> = {
  'contest.not_found': 'No such contest.',
  'contest.item.not_found': 'No such question.',
  'contest.flag.not_found': 'No such flag.',
  'contest.attempt.not_found': 'No such paper.',
  'contest.area_unknown': 'No such area.',
  'contest.area_ineligible': 'The contest is not open to your area.',
  'contest.group_ineligible': 'The contest is not open to your group.',
  'contest.cap_conflict': 'No attempts left ({{cap}} each).',
  'contest.not_open_conflict': 'The contest has not opened yet.',
  'contest.closed_conflict': 'The contest has closed.',
  'contest.bank_empty_conflict': 'The bank has no approved questions for this paper.',
  'contest.attempt.late_conflict': 'The time was over; this paper was not scored.',
  'contest.attempt.submitted_conflict': 'This paper was already handed in.',
  'contest.answers_count': 'The number of answers does not match the paper.',
  'contest.closes_before_open': 'The contest must close after it opens.',
  'contest.time_limit': 'A timed round has a time limit; the other modes have none.',
  'contest.item.answer_out_of_range': 'An answer points past the options.',
  'contest.item.one_answer': 'A single-choice or true/false question has one answer.',
  'contest.item.two_options': 'A true/false question has two options.',
  'contest.item.report.not_found': 'No open error report like this; it may have been resolved already.',
  'contest.started_conflict':
    'Players have drawn papers: the mode, opening, time limit, eligibility, draw rules and scoring are fixed; only the title, the end and the attempts per player may change.',
  'contest.speed_bonus_untimed': 'An untimed contest has no speed bonus.',
  'contest.speed_bonus_seconds':
    'A daily practice has no time limit: a speed bonus needs its own window in seconds.',
  'contest.image.not_found': 'No such image.',
  'contest.image.empty': 'The file is empty.',
  'contest.image.type_refused': 'An item image must be a PNG or JPEG.',
  'contest.image.too_large': 'An item image may be at most {{maxMb}} MB.',
  'contest.image.unknown': 'No such image: upload it again.',
};
