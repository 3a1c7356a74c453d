// Demo (示例) outlines for the cascade: a small province plan for Liaoning and a small city plan for Anshan, shaped
// like the national outline (actions, projects, measures; the literacy share as baseline and targets). Their
// headings and numbers are the demo's own, not any real document's text.
import type { Outline } from '@kepu/domain';

interface GroupSpec {
  kind: 'action' | 'project' | 'measure';
  title: string;
  leads: string[];
  /** Each task: its title and responsible units. */
  tasks: [string, string[]][];
}

function outline(
  code: string,
  name: string,
  title: string,
  groups: GroupSpec[],
  targets: [number, number, '=' | '>' | '>=', 'baseline' | 'target'][],
): Outline {
  let n = 0;
  const tasks: Outline['tasks'] = [];
  const number = new Map<string, number>();
  const out: Outline['groups'] = groups.map((g) => {
    const k = (number.get(g.kind) ?? 0) + 1;
    number.set(g.kind, k);
    const taskNumbers = g.tasks.map(([t, units]) => {
      n += 1;
      tasks.push({ number: n, title: t, text: `${t}（示例）。`, responsibleUnits: units });
      return n;
    });
    return { number: k, title: g.title, kind: g.kind, leadUnits: g.leads, taskNumbers, text: '' };
  });
  return {
    format: 'kepu-outline/1',
    jurisdiction: { code, name },
    title,
    documentNumber: '示例',
    period: { start: 2021, end: 2035 },
    sections: [
      { number: 1, title: '总体要求', text: '本规划为示例数据，用于展示省、市两级规划的对照。' },
      { number: 2, title: '重点任务', text: '' },
      { number: 3, title: '保障措施', text: '' },
    ],
    groups: out,
    tasks,
    targets: targets.map(([year, value, comparator, kind]) => ({
      indicator: 'literacy_share',
      year,
      value,
      comparator,
      kind,
      unit: '%',
    })),
  };
}

export const liaoningDemoOutline = (): Outline =>
  outline(
    '210000',
    '辽宁省',
    '辽宁省全民科学素质行动实施方案（2021—2035年）（示例）',
    [
      {
        kind: 'action',
        title: '青少年科学素质提升行动',
        leads: ['省教育厅', '省科协'],
        tasks: [
          ['加强学校科学教育', ['省教育厅']],
          ['开展校外科技活动', ['省科协', '团省委']],
        ],
      },
      {
        kind: 'action',
        title: '产业工人科学素质提升行动',
        leads: ['省总工会'],
        tasks: [['开展职业技能培训', ['省总工会', '省人力资源社会保障厅']]],
      },
      {
        kind: 'action',
        title: '农民科学素质提升行动',
        leads: ['省农业农村厅'],
        tasks: [['培育高素质农民', ['省农业农村厅']]],
      },
      {
        kind: 'action',
        title: '老年人科学素质提升行动',
        leads: ['省卫生健康委'],
        tasks: [['普及健康知识', ['省卫生健康委', '省科协']]],
      },
      {
        kind: 'action',
        title: '领导干部和公务员科学素质提升行动',
        leads: ['省委组织部'],
        tasks: [['纳入干部教育培训', ['省委组织部']]],
      },
      {
        kind: 'project',
        title: '科普基础设施工程',
        leads: ['省科协'],
        tasks: [['建设科技馆和科普基地', ['省科协', '省发展改革委']]],
      },
      {
        kind: 'project',
        title: '基层科普能力提升工程',
        leads: ['省科协'],
        tasks: [['建设基层科普队伍', ['省科协']]],
      },
      { kind: 'measure', title: '加强组织领导', leads: ['省科协'], tasks: [['完善工作机制', ['省科协']]] },
    ],
    [
      [2020, 11.5, '=', 'baseline'],
      [2025, 15, '>', 'target'],
      [2035, 25, '=', 'target'],
    ],
  );

export const anshanDemoOutline = (): Outline =>
  outline(
    '210300',
    '鞍山市',
    '鞍山市全民科学素质行动实施方案（2021—2035年）（示例）',
    [
      {
        kind: 'action',
        title: '青少年科学素质提升行动',
        leads: ['市教育局', '市科协'],
        tasks: [
          ['加强学校科学教育', ['市教育局']],
          ['开展校外科技活动', ['市科协']],
        ],
      },
      {
        kind: 'action',
        title: '农民科学素质提升行动',
        leads: ['市农业农村局'],
        tasks: [['培育高素质农民', ['市农业农村局']]],
      },
      {
        kind: 'action',
        title: '老年人科学素质提升行动',
        leads: ['市卫生健康委'],
        tasks: [['普及健康知识', ['市卫生健康委', '市科协']]],
      },
      {
        kind: 'project',
        title: '科普基础设施工程',
        leads: ['市科协'],
        tasks: [['建设科普场馆', ['市科协']]],
      },
      {
        kind: 'project',
        title: '钢铁产业科普工程',
        leads: ['市工业和信息化局'],
        tasks: [['建设工业科普基地', ['市工业和信息化局', '市科协']]],
      },
      {
        kind: 'measure',
        title: '加强组织领导',
        leads: ['市科协'],
        tasks: [['建立联席会议制度', ['市科协']]],
      },
    ],
    [
      [2020, 10.2, '=', 'baseline'],
      [2025, 14, '>', 'target'],
      [2035, 25, '=', 'target'],
    ],
  );
