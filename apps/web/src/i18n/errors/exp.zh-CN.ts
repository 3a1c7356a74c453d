// Chinese text of the experts' (科普专家) error codes; params in {{ }}.
export const errorsExpZhCN = {
  'exp.area_unknown': '没有这个地区。',
  'exp.pool_unknown': '没有这个专家库。',
  'exp.pool_code_taken': '已有使用这个代码的专家库。',
  'exp.expert.not_found': '找不到这位专家，专家码可能有误，或个人信息已删除。',
  'exp.expert_unknown': '没有这位专家。',
  'exp.activity_unknown': '没有这项活动。',
  'exp.topic_not_expert': '这位专家不在这个话题领域。',
  'exp.reason_required': '谢绝或取消时须填写原因。',
  'exp.date_future': '服务日期不能晚于今天。',
  'exp.invitation.not_found': '找不到这条邀请。',
  'exp.invitation.state_conflict': '这条邀请当前为“{{state}}”，不能进行这一步。',
  'exp.invitation.open_conflict': '已邀请过这位专家，邀请尚未结束。',
  'exp.invitation.activity_conflict': '活动已取消，不能再邀请专家。',
  'exp.invitation.not_held_conflict': '活动尚未举办，结束后才能确认专家已完成服务。',
  'exp.service.not_found': '找不到这条服务记录。',
  'exp.service.state_conflict': '这条服务记录已作废。',
} as const;
