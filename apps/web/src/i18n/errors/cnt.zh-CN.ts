// Chinese text of science content's error codes; params in {{ }}.
export const errorsCntZhCN = {
  'cnt.work.not_found': '找不到这篇作品。',
  'cnt.work_unknown': '没有这篇作品。',
  'cnt.work.state_conflict': '作品当前的状态不允许这一步操作，请刷新页面后再试。',
  'cnt.hazard_required': '应急科普包须选择灾害类型。',
  'cnt.rumour_required': '辟谣卡片须填写传言和结论。',
  'cnt.media_required': '视频、音频作品须填写文件链接。',
  'cnt.unit_not_own': '联络员只能为本单位提交作品。',
  'cnt.comments_required': '退回修改时，请写明修改意见。',
  'cnt.reviewer_unknown': '这位专家不存在或暂不接受邀请。',
  'cnt.reviewer_topic': '这位专家的领域与作品主题不符，请从列出的专家中选择。',
  'cnt.review.not_found': '审核链接无效，请向发送链接的工作人员核实。',
  'cnt.review.state_conflict': '这项审核已经完成或已被收回，不能再次提交。',
  'cnt.not_a_pack': '只有应急科普包可以应急发布。',
  'cnt.emergency.not_found': '找不到这次应急发布。',
  'cnt.emergency.active_conflict': '这个应急科普包正在应急发布中。',
  'cnt.emergency.ended_conflict': '这次应急发布已经结束。',
};
