// Demo accountability data relative to today: rounds, reports in every state, work items, the counties.

import { accStore, type Database, setUnitArea, writeAuditEntries } from '@kepu/db';
import { type AuditAction, type AuditEntity, demoAuditActor, type PlanBundle } from '@kepu/domain';
import {
  type AccReport,
  type AccSnapshot,
  addDays,
  defaultRoundTitle,
  localDate,
  type ReportStatus,
  roundCells,
} from '@kepu/domain/accountability';
import type { Insertable, Kysely } from 'kysely';
import { addCounties, counties } from './demo-counties.ts';
import { seedDemoInspections } from './demo-inspections.ts';

const countyOpenStates: AccReport['state'][] = ['submitted', 'draft', 'returned', 'accepted'];
const statuses: ReportStatus[] = ['on_track', 'on_track', 'on_track', 'at_risk', 'done', 'delayed'];
const doneTexts = [
  '组织开展主题科普活动{n}场，覆盖{p}人次，联合学校和社区同步推进。',
  '完成年度工作方案制定，召开专题推进会{n}次，明确责任分工和时间节点。',
  '依托科普基地开展体验活动{n}场次，参与群众约{p}人次。',
  '开展专题培训{n}期，培训骨干{p}人，形成培训资料汇编。',
];
const problems = [
  '基层专职人员不足，活动覆盖农村地区偏少。',
  '经费到位较晚，部分项目启动延后。',
  '',
  '',
  '跨部门协调机制有待完善。',
];
const measures = [
  '加强与县区科协联动，建立月调度机制。',
  '争取专项经费支持，优化活动安排。',
  '纳入年度考核，定期通报进展。',
];
const nexts = [
  '下一阶段重点推进农村和社区活动，扩大覆盖面。',
  '完善台账，做好年度总结和成效评估。',
  '组织开展专项督导，推动任务落实。',
];

/**
 * A progress that agrees with the status: 已完成 is 100%; otherwise what the round's share of the year suggests, below
 * 100%, and lower for a task at risk or delayed (the demo showed "已完成 · 20%" before).
 */
export function consistentProgress(status: ReportStatus, roundIndex: number, r: number): number {
  if (status === 'done') return 100;
  const expected = ((roundIndex + 1) / 4) * 100 * (0.6 + r * 0.5);
  const behind = status === 'on_track' ? 1 : 0.7;
  return Math.max(5, Math.min(95, Math.round(expected * behind)));
}

/** Deterministic pseudo-random numbers so the demo looks the same on every first start. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** The day a demo report's event happened: saved the day before it was submitted, reviewed two days after, and
 *  never later than yesterday (so no demo event is dated after the moment the demo was written). */
const eventDay = (action: string, submitted: string, today: string) =>
  [addDays(submitted, action === 'save' ? -1 : action === 'submit' ? 0 : 2), addDays(today, -1)].sort()[0];

const at = (date: string, hour = 10) => `${date}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`;

/** When a demo report's event happened (Beijing time: saved at 9, submitted and reviewed at 15). */
const eventAt = (action: string, submitted: string, today: string) =>
  at(eventDay(action, submitted, today), action === 'save' ? 9 : 15);

export async function seedAccountabilityDemo(
  db: Kysely<Database>,
  cityPlan: PlanBundle,
  now = new Date(),
): Promise<void> {
  const today = localDate(now);
  const year = Number(today.slice(0, 4));
  const store = accStore(db);
  const plan = await addCounties(db, cityPlan);
  const unit = (name: string) => [...plan.units.values()].find((u) => u.name === name)?.id;
  const gaoxin = unit('盘锦高新区');
  if (gaoxin) await setUnitArea(db, gaoxin, '211100Z2');
  const countyIndex = new Map(counties.map((c, i) => [unit(c.name), i]));

  const windows: { period: 'Q1' | 'Q2' | 'Q3' | 'Y'; opens: number }[] = [
    { period: 'Q1', opens: -200 },
    { period: 'Q2', opens: -110 },
    { period: 'Q3', opens: -40 },
    { period: 'Y', opens: -5 },
  ];
  const rounds = [];
  for (const w of windows) {
    const opensOn = addDays(today, w.opens);
    const dueOn = addDays(opensOn, w.period === 'Y' ? 12 : 10);
    rounds.push(
      await store.insertRound({
        planId: plan.plan.id,
        year,
        period: w.period,
        title: defaultRoundTitle(year, w.period),
        opensOn,
        dueOn,
        closesOn: addDays(dueOn, 10),
      }),
    );
  }

  // work items for the youth action's tasks and a few more, with numeric targets where the outline has one
  const countyNames = counties.map((c) => c.name);
  const items: {
    task: number;
    title: string;
    owners: string[];
    target: number;
    unitOf: string;
    weight?: number;
  }[] = [
    { task: 4, title: '每所学校配备科技辅导员', owners: ['市教育局'], target: 100, unitOf: '%' },
    { task: 4, title: '科技辅导员专项培训', owners: ['市科协', '市教育局'], target: 300, unitOf: '人次' },
    { task: 2, title: '中小学科学课开课率', owners: ['市教育局'], target: 100, unitOf: '%' },
    { task: 25, title: '流动科技馆巡展', owners: ['市科协'], target: 12, unitOf: '站次' },
    { task: 30, title: '注册科普志愿者', owners: ['市科协'], target: 5000, unitOf: '人' },
    // duties of 各地区: the county governments carry the grassroots tasks in their areas
    { task: 28, title: '新时代文明实践站科普服务覆盖', owners: countyNames, target: 100, unitOf: '%' },
    {
      task: 29,
      title: '科普进乡村、进社区活动',
      owners: countyNames,
      target: 240,
      unitOf: '场次',
      weight: 2,
    },
    { task: 29, title: '培育农村科普带头人', owners: countyNames, target: 80, unitOf: '人' },
  ];
  const workItems = [];
  for (const it of items) {
    const owners = it.owners.map(unit).filter((x): x is number => x !== undefined);
    workItems.push(
      await store.insertWorkItem({
        planId: plan.plan.id,
        year,
        taskNumber: it.task,
        title: it.title,
        ownerUnitIds: owners,
        deliverable: '工作台账和总结',
        dueOn: `${year}-12-20`,
        targetValue: it.target,
        targetUnit: it.unitOf,
        weight: it.weight ?? 1,
        copiedFrom: null,
        evidenceRequired: false,
      }),
    );
  }

  const cityRand = rng(20_250_301);
  // the counties draw from their own sequence so the city units' demo stays as it was before they were added
  const countyRand = rng(21_110_400);
  let rand = cityRand;
  const snapshot: AccSnapshot = {
    rounds,
    extensions: [],
    reports: [],
    workItems,
    weights: [],
    rectifications: [],
    unitAreas: new Map(),
  };
  const last = new Map<string, ReportStatus>();
  const eduId = unit('市教育局');
  const rows: {
    /** The day it was (or would have been) submitted: the demo's audit entries are dated from it. */
    on: string;
    report: Insertable<Database['acc_reports']>;
    events: Omit<Insertable<Database['acc_report_events']>, 'report_id'>[];
  }[] = [];
  for (const [ri, round] of rounds.entries()) {
    const open = round.period === 'Y';
    for (const cell of roundCells(plan, snapshot, round, today)) {
      const county = countyIndex.get(cell.unitId);
      rand = county === undefined ? cityRand : countyRand;
      const r = rand();
      // the demo liaison 市教育局 keeps part of the open round to do
      if (open && cell.unitId === eduId && cell.taskNumber % 2 === 1) continue;
      if (county === undefined && (open ? r < 0.35 : r < 0.06)) continue; // not started / missing
      let state: AccReport['state'] = 'accepted';
      // each county's open-round reports are in different states (大洼区: returned and accepted)
      if (open && county !== undefined) state = countyOpenStates[(county + cell.taskNumber) % 4];
      else if (open) state = r < 0.55 ? 'draft' : r < 0.8 ? 'submitted' : r < 0.9 ? 'returned' : 'accepted';
      else if (ri === 2) state = r < 0.7 ? 'accepted' : r < 0.85 ? 'submitted' : 'returned';
      else state = r < 0.9 ? 'accepted' : 'returned';
      const late = !open && r > 0.8;
      const planned = addDays(round.dueOn, late ? 3 : -Math.floor(rand() * 5));
      // a report was submitted in the days before today, not today or on a date still to come
      const submittedDate =
        planned >= today ? addDays(today, -1 - ((cell.taskNumber + cell.unitId) % 10)) : planned;
      const key = `${cell.taskNumber}:${cell.unitId}`;
      const drawn = statuses[Math.floor(rand() * statuses.length)];
      // a task a unit reported done stays done in its later reports
      const status = last.get(key) === 'done' ? 'done' : drawn;
      const progress = consistentProgress(status, ri, rand());
      const itemsFor = workItems.filter(
        (w) => w.taskNumber === cell.taskNumber && w.ownerUnitIds.includes(cell.unitId),
      );
      const n = 2 + Math.floor(rand() * 8);
      rows.push({
        on: submittedDate,
        report: {
          round_id: round.id,
          task_number: cell.taskNumber,
          unit_id: cell.unitId,
          state,
          status,
          previous_status: last.get(key) ?? null,
          progress,
          done_text: doneTexts[Math.floor(rand() * doneTexts.length)]
            .replace('{n}', String(n))
            .replace('{p}', String(n * 180)),
          measures: measures[Math.floor(rand() * measures.length)],
          problems: problems[Math.floor(rand() * problems.length)],
          next_steps: nexts[Math.floor(rand() * nexts.length)],
          items: JSON.stringify(
            itemsFor.map((w) => ({
              workItemId: w.id,
              progress,
              value: w.targetValue === null ? null : Math.round(((w.targetValue * progress) / 100) * 10) / 10,
            })),
          ),
          first_submitted_at: state === 'draft' ? null : eventAt('submit', submittedDate, today),
          submitted_at: state === 'draft' ? null : eventAt('submit', submittedDate, today),
          accepted_at: state === 'accepted' ? eventAt('accept', submittedDate, today) : null,
          returned_count: state === 'returned' || r > 0.85 ? 1 : 0,
        },
        events: [
          {
            action: 'save',
            from_state: null,
            to_state: 'draft',
            actor_username: 'demo',
            comment: '',
            status,
          },
          ...(state !== 'draft'
            ? [
                {
                  action: 'submit',
                  from_state: 'draft',
                  to_state: 'submitted',
                  actor_username: 'demo',
                  comment: '',
                  status,
                },
              ]
            : []),
          ...(state === 'returned'
            ? [
                {
                  action: 'return',
                  from_state: 'submitted',
                  to_state: 'returned',
                  actor_username: 'office',
                  comment: '请补充活动照片和参与人数统计。',
                  status,
                },
              ]
            : []),
          ...(state === 'accepted'
            ? [
                {
                  action: 'accept',
                  from_state: 'submitted',
                  to_state: 'accepted',
                  actor_username: 'office',
                  comment: '',
                  status,
                },
              ]
            : []),
        ],
      });
      if (state !== 'draft') last.set(key, status);
    }
  }

  // two statements for the whole demo instead of thousands (every API test file seeds this)
  const ids = await db
    .insertInto('acc_reports')
    .values(rows.map((x) => x.report))
    .returning('id')
    .execute();
  // each event dated by the day it describes, in the report's history as in the audit log
  const events = rows.flatMap((x, i) =>
    x.events.map((e) => ({ ...e, report_id: ids[i].id, at: eventAt(e.action, x.on, today) })),
  );
  await db.insertInto('acc_report_events').values(events).execute();
  // the same history in the audit log, by the demo data (not by a person), so the log shows what a year looks like
  await writeAuditEntries(
    db,
    rows.flatMap((x, i) =>
      x.events.map((e) => ({
        actorId: null,
        actorUsername: demoAuditActor,
        action: `acc.report.${e.action as 'save' | 'submit' | 'return' | 'accept'}` satisfies AuditAction,
        entity: 'acc_report' satisfies AuditEntity,
        entityId: ids[i].id,
        after: { state: e.to_state, status: e.status, comment: e.comment },
        at: eventAt(e.action, x.on, today),
      })),
    ),
  );

  await seedDemoInspections(store, plan, today, unit);
}
