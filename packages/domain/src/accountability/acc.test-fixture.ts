// A small plan, a round, reports and actors that the accountability unit tests share (not part of the package API).
import type { Actor } from '../auth/roles.ts';
import { zonedClock } from '../kernel/clock.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { AccContext, AccStore } from './acc.ports.ts';
import type { AccReport, AccRound, AccSnapshot, AccWorkItem } from './acc.types.ts';

/** Units 1–4 are the outline's; unit 5 (大洼区人民政府) is a local unit owning task 3's work item, in 211104. */
export const plan: PlanBundle = {
  plan: {
    id: 7,
    jurisdictionCode: '211100',
    jurisdictionName: '盘锦市',
    title: '盘锦市全民科学素质行动规划纲要',
    documentNumber: '',
    issuedOn: null,
    period: { start: 2021, end: 2035 },
    version: 1,
    current: true,
    importedAt: '2031-01-01T00:00:00.000Z',
    format: 1,
    preamble: '',
  },
  sections: [],
  groups: [
    {
      id: 10,
      kind: 'action',
      number: 1,
      numbered: true,
      section: null,
      title: '青少年科学素质提升行动',
      text: '',
      leadUnitIds: [1],
      taskNumbers: [1, 2],
    },
    {
      id: 20,
      kind: 'project',
      number: 1,
      numbered: true,
      section: null,
      title: '基层科普能力提升工程',
      text: '',
      leadUnitIds: [4],
      taskNumbers: [3],
    },
  ],
  tasks: [
    { number: 1, writtenNumber: 1, groupId: 10, title: '科学教育', text: '', unitIds: [2] },
    { number: 2, writtenNumber: 2, groupId: 10, title: '校外实践', text: '', unitIds: [3] },
    { number: 3, writtenNumber: 3, groupId: 20, title: '基层科普', text: '', unitIds: [] },
  ],
  targets: [],
  units: new Map(
    [
      [1, '市科协'],
      [2, '市教育局'],
      [3, '市科技局'],
      [4, '市农业农村局'],
      [5, '大洼区人民政府'],
    ].map(([id, name]) => [id as number, { id: id as number, name: name as string }]),
  ),
};

export const round: AccRound = {
  id: 1,
  planId: 7,
  year: 2031,
  period: 'Q1',
  title: '2031年第一季度进展报告',
  opensOn: '2031-03-01',
  dueOn: '2031-03-10',
  closesOn: '2031-03-15',
};

export const workItem: AccWorkItem = {
  id: 100,
  planId: 7,
  year: 2031,
  taskNumber: 3,
  title: '科普进乡村',
  ownerUnitIds: [5],
  deliverable: '',
  dueOn: '2031-12-20',
  targetValue: null,
  targetUnit: null,
  weight: 2,
  copiedFrom: null,
  evidenceRequired: false,
};

export const report = (p: Partial<AccReport> & Pick<AccReport, 'id' | 'taskNumber' | 'unitId' | 'state'>) =>
  ({
    roundId: 1,
    status: 'on_track',
    previousStatus: null,
    progress: 50,
    done: '',
    measures: '',
    problems: '',
    nextSteps: '',
    items: [],
    firstSubmittedAt: p.state === 'draft' ? null : '2031-03-05T02:00:00.000Z',
    submittedAt: p.state === 'draft' ? null : '2031-03-05T02:00:00.000Z',
    acceptedAt: null,
    returnedCount: 0,
    updatedAt: '2031-03-05T02:00:00.000Z',
    ...p,
  }) satisfies AccReport;

export const snapshot = (): AccSnapshot => ({
  rounds: [round],
  extensions: [{ roundId: 1, unitId: 3, closesOn: '2031-03-25', reason: '人员调整' }],
  reports: [
    report({ id: 11, taskNumber: 1, unitId: 2, state: 'accepted', progress: 60 }),
    report({ id: 12, taskNumber: 1, unitId: 1, state: 'draft', progress: 10 }),
    report({
      id: 13,
      taskNumber: 3,
      unitId: 5,
      state: 'submitted',
      progress: 40,
      items: [{ workItemId: 100, progress: 40, value: null }],
    }),
  ],
  workItems: [workItem],
  weights: [],
  rectifications: [],
  unitAreas: new Map([[5, { code: '211104', path: ['211100'] }]]),
});

const actor = (
  username: string,
  role: Actor['role'],
  unitId: number | null,
  areaCode: string | null = null,
) => ({ userId: unitId ?? 0, username, role, unitId, areaCode }) satisfies Actor;
export const office = actor('office', 'office', null);
export const kexie = actor('kexie', 'liaison', 1); // leads group 10 (tasks 1 and 2)
export const edu = actor('edu', 'liaison', 2);
export const keji = actor('keji', 'liaison', 3);
export const viewer = actor('viewer', 'viewer', null);
export const dawa = actor('dawa', 'district', null, '211104');
export const xinglongtai = actor('xlt', 'district', null, '211103');

/** A read-only context over the snapshot (the store answers only the reads the views make). */
export function readContext(a: Actor | null, today = '2031-03-05'): AccContext {
  const s = snapshot();
  const clock = zonedClock('Asia/Shanghai', () => new Date(`${today}T02:00:00Z`));
  const acc: Partial<AccStore> = {
    snapshot: async () => s,
    findRound: async (id) => s.rounds.find((r) => r.id === id),
    findReport: async (id) => s.reports.find((r) => r.id === id),
    findReportCell: async (roundId, task, unit) =>
      s.reports.find((r) => r.roundId === roundId && r.taskNumber === task && r.unitId === unit),
    reportDetail: async (id) => {
      const r = s.reports.find((x) => x.id === id);
      return r && { report: r, history: [], files: [] };
    },
    findExtension: async (roundId, unitId) =>
      s.extensions.find((e) => e.roundId === roundId && e.unitId === unitId),
    listWorkItems: async (_planId, year) => s.workItems.filter((w) => w.year === year),
    unitAreaScope: async (unitId) => s.unitAreas.get(unitId),
    previousReport: async () => undefined,
  };
  return {
    actor: a,
    clock,
    audit: { write: async () => {} },
    stores: { acc: acc as AccStore },
    plan,
  };
}
