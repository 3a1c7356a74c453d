// Chinese text for unit areas (district scope), local units and the weights shown with rolled-up figures; `accScope.*`.
export const accScopeZhCN = {
  area: {
    heading: '所属地区',
    label: '所属地区',
    city: '市级单位（未关联地区）',
    cityOption: '市级（不关联地区）',
    explain: '区县管理员只能看到本地区单位的填报、记分卡和汇总。未关联地区的单位按市级单位处理。',
    current: '当前：{{name}}',
    save: '保存地区',
    saved: '已保存所属地区。',
    column: '所属地区',
  },
  addUnit: {
    heading: '添加本地单位',
    explain: '纲要只列出市直单位；可在此添加区县政府、区县科协等单位并关联其地区，之后即可为其分配工作要点。',
    name: '单位名称',
    nameRequired: '请输入单位名称（2–60 字）。',
    area: '所属地区',
    submit: '添加单位',
    added: '已添加单位 {{name}}。',
    open: '查看单位',
  },
  weights: {
    weighted: '加权：{{list}}',
    byUnits: '按填报单位平均',
    part: '{{label}} ×{{weight}}({{share}})',
    partNoShare: '{{label}} ×{{weight}}',
    details: '按 {{count}} 项加权',
    task: '任务{{number}}',
    groups: '各行动/工程权重',
  },
};
