// Chinese text of the jurisdiction error codes (issue 13); params in {{ }}.
export const errorsJurZhCN = {
  'jurisdiction.out_of_scope': '你的账号不能查看辖区 {{code}} 的内容。账号只能查看本辖区及其下级辖区。',
  'jurisdiction.not_found': '本平台还没有辖区 {{code}} 的规划，无法切换到该辖区。',
  'jurisdiction.not_above': '所选规划（辖区 {{code}}）不是辖区 {{below}} 的上级规划。',
};
