// English text of the experts' error codes; keys mirror exp.zh-CN.ts.
import type { errorsExpZhCN } from './exp.zh-CN.ts';

export const errorsExpEn: Record<keyof typeof errorsExpZhCN, string> = {
  'exp.area_unknown': 'There is no such area.',
  'exp.pool_unknown': 'There is no such pool.',
  'exp.pool_code_taken': 'A pool with this code exists.',
  'exp.expert.not_found': 'No expert found: the code may be wrong, or the personal data were erased.',
  'exp.expert_unknown': 'There is no such expert.',
  'exp.activity_unknown': 'There is no such activity.',
  'exp.topic_not_expert': 'The expert does not cover this topic.',
  'exp.reason_required': 'Give a reason to decline or cancel.',
  'exp.date_future': 'The date of service cannot be after today.',
  'exp.invitation.not_found': 'Invitation not found.',
  'exp.invitation.state_conflict': 'The invitation is “{{state}}”: this step is not possible.',
  'exp.invitation.open_conflict': 'This expert has an open invitation already.',
  'exp.invitation.activity_conflict': 'The activity is cancelled: no more invitations.',
  'exp.invitation.not_held_conflict': 'The activity has not taken place yet: confirm delivery afterwards.',
  'exp.service.not_found': 'Service record not found.',
  'exp.service.state_conflict': 'This service record is void already.',
};
