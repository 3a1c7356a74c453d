// Accountability use-cases on a real database: every report and rectification transition, the refused ones, the
// window, roll-up, scorecards and notifications; each change audited in its own transaction.
import {
  type Actor,
  type Clock,
  flattenAreaTree,
  importPlan,
  loadAreaTree,
  loadPanjinOutline,
  type PlanBundle,
  zonedClock,
} from '@kepu/domain';
import {
  type AccContext,
  acceptReport,
  attachEvidence,
  closeRectification,
  copyWorkItemsForward,
  createRound,
  createWorkItem,
  extendRound,
  myWork,
  recordInspection,
  remindOutstanding,
  reopenRectification,
  reopenReport,
  respondRectification,
  returnReport,
  rollUp,
  saveReport,
  setWeights,
  submitReport,
  supervisionBoard,
  unitScorecards,
} from '@kepu/domain/accountability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DatabaseHandle,
  findReportDetail,
  insertAreas,
  inUseCase,
  listAudit,
  listNotifications,
  loadAccSnapshot,
  loadPlanBundle,
  openTestDatabases,
  useCaseContext,
} from '../src/index.ts';

const office: Actor = { userId: 0, username: 'office', role: 'office', unitId: null, areaCode: null };
const content = {
  status: 'on_track' as const,
  progress: 40,
  done: '开展科学教育周',
  measures: '',
  problems: '',
  nextSteps: '',
  items: [],
};

describe.each(openTestDatabases())('accountability use-cases on $name', ({ open }) => {
  let h: DatabaseHandle;
  let plan: PlanBundle;
  let edu: Actor;
  let kexie: Actor;
  let keji: Actor;
  let unit: (name: string) => number;
  let today = '2026-04-05';
  let now = new Date('2026-04-05T02:00:00Z');

  beforeAll(async () => {
    h = await open();
    await insertAreas(h.db, flattenAreaTree(loadAreaTree('211100')));
    const planId = await h.db
      .transaction()
      .execute((trx) => importPlan(useCaseContext(trx, office, zonedClock()), loadPanjinOutline()));
    plan = (await loadPlanBundle(h.db, planId)) as PlanBundle;
    unit = (name) => [...plan.units.values()].find((u) => u.name === name)?.id as number;
    edu = { userId: 0, username: 'edu', role: 'liaison', unitId: unit('市教育局'), areaCode: null };
    kexie = { userId: 0, username: 'kexie', role: 'liaison', unitId: unit('市科协'), areaCode: null };
    keji = { userId: 0, username: 'keji', role: 'liaison', unitId: unit('市科技局'), areaCode: null };
  });
  afterAll(() => h?.close());

  // the use-cases read today and now from this clock, which the tests move
  const clock: Clock = { timeZone: 'Asia/Shanghai', now: () => now, today: () => today };
  const run = <T>(actor: Actor, fn: (ctx: AccContext) => Promise<T>) =>
    inUseCase(h.db, actor, clock, (ctx) => fn({ ...ctx, plan }));
  const auditOf = async (action: string) =>
    (await listAudit(h.db, { limit: 100, offset: 0, entity: undefined })).items.filter(
      (i) => i.action === action,
    );

  let round: number;
  let report: number;

  it('opens a round (office only) and refuses a second round for the same period', async () => {
    await expect(
      run(edu, (c) =>
        createRound(c, {
          year: 2026,
          period: 'Q1',
          opensOn: '2026-04-01',
          dueOn: '2026-04-10',
          closesOn: '2026-04-15',
        }),
      ),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    const r = await run(office, (c) =>
      createRound(c, {
        year: 2026,
        period: 'Q1',
        opensOn: '2026-04-01',
        dueOn: '2026-04-10',
        closesOn: '2026-04-15',
      }),
    );
    expect(r.title).toBe('2026年第一季度进展报告');
    round = r.id;
    await expect(
      run(office, (c) =>
        createRound(c, {
          year: 2026,
          period: 'Q1',
          opensOn: '2026-04-01',
          dueOn: '2026-04-10',
          closesOn: '2026-04-15',
        }),
      ),
    ).rejects.toMatchObject({ code: 'acc.round.period_exists' });
    expect(await auditOf('acc.round.create')).toHaveLength(1);
  });

  it('saves a draft for the liaison’s own unit, refuses another unit’s, an unknown task and a task the unit does not carry', async () => {
    const d = await run(edu, (c) => saveReport(c, { roundId: round, taskNumber: 2, ...content }));
    expect(d).toMatchObject({ state: 'draft', unitId: edu.unitId, progress: 40, previousStatus: null });
    report = d.id;
    await expect(
      run(edu, (c) =>
        saveReport(c, { roundId: round, taskNumber: 2, unitId: kexie.unitId as number, ...content }),
      ),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(
      run(edu, (c) => saveReport(c, { roundId: round, taskNumber: 31, ...content })),
    ).rejects.toMatchObject({
      code: 'validation.failed',
      details: { issues: [{ path: 'body.taskNumber' }] },
    });
    await expect(
      run(edu, (c) => saveReport(c, { roundId: round, taskNumber: 13, ...content })),
    ).rejects.toMatchObject({
      code: 'validation.failed',
      message: expect.stringContaining('does not carry task 13'),
    });
    // saving again edits the same draft
    const again = await run(edu, (c) =>
      saveReport(c, { roundId: round, taskNumber: 2, ...content, progress: 45 }),
    );
    expect(again).toMatchObject({ id: report, progress: 45 });
  });

  it('submits, then the draft is locked against edits, evidence and a second submit', async () => {
    const s = await run(edu, (c) => submitReport(c, report));
    expect(s.state).toBe('submitted');
    expect(s.firstSubmittedAt).toBe(now.toISOString());
    await expect(
      run(edu, (c) => saveReport(c, { roundId: round, taskNumber: 2, ...content })),
    ).rejects.toMatchObject({ code: 'acc.state_conflict' });
    await expect(run(edu, (c) => submitReport(c, report))).rejects.toMatchObject({
      code: 'acc.state_conflict',
    });
    await expect(
      run(edu, (c) =>
        attachEvidence(c, report, { fileName: 'a.pdf', data: new TextEncoder().encode('%PDF-1.4') }),
      ),
    ).rejects.toMatchObject({ code: 'acc.state_conflict' });
  });

  it('lets only the office or another lead unit review: the unit itself and a non-lead are refused', async () => {
    await expect(run(edu, (c) => acceptReport(c, report))).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(run(keji, (c) => acceptReport(c, report))).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it('returns with a comment, notifies the unit, and the unit revises and resubmits; the lead unit accepts', async () => {
    const r = await run(office, (c) => returnReport(c, report, '请补充数据'));
    expect(r).toMatchObject({ state: 'returned', returnedCount: 1 });
    const n = await listNotifications(h.db, edu.unitId as number, edu.userId);
    expect(n.items.map((x) => x.kind)).toContain('report_returned');
    await expect(run(kexie, (c) => acceptReport(c, report))).rejects.toMatchObject({
      code: 'acc.state_conflict',
    });
    await run(edu, (c) =>
      saveReport(c, { roundId: round, taskNumber: 2, ...content, progress: 60, done: '补充了数据' }),
    );
    const file = await run(edu, (c) =>
      attachEvidence(c, report, { fileName: '总结.pdf', data: new TextEncoder().encode('%PDF-1.4 test') }),
    );
    expect(file).toMatchObject({ fileName: '总结.pdf', contentType: 'application/pdf' });
    await run(edu, (c) => submitReport(c, report));
    const a = await run(kexie, (c) => acceptReport(c, report, '很好'));
    expect(a.state).toBe('accepted');
    const detail = await findReportDetail(h.db, report);
    expect(detail?.history.map((e) => `${e.action}:${e.toState}`)).toEqual([
      'save:draft',
      'save:draft',
      'submit:submitted',
      'return:returned',
      'save:returned',
      'submit:submitted',
      'accept:accepted',
    ]);
    expect(detail?.history.find((e) => e.action === 'return')?.comment).toBe('请补充数据');
    expect(detail?.files).toHaveLength(1);
  });

  it('reopens an accepted report only for the office and only with a reason', async () => {
    await expect(run(kexie, (c) => reopenReport(c, report, 'x'))).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    const r = await run(office, (c) => reopenReport(c, report, '数据口径有误'));
    expect(r.state).toBe('returned');
    await expect(run(office, (c) => reopenReport(c, report, 'again'))).rejects.toMatchObject({
      code: 'acc.state_conflict',
    });
    await run(edu, (c) => submitReport(c, report));
    await run(office, (c) => acceptReport(c, report));
    expect((await auditOf('acc.report.reopen'))[0].after).toMatchObject({ reason: '数据口径有误' });
  });

  it('refuses filing after the round closes unless the office extends the window for that unit', async () => {
    today = '2026-04-20';
    now = new Date('2026-04-20T02:00:00Z');
    await expect(
      run(kexie, (c) => saveReport(c, { roundId: round, taskNumber: 2, ...content })),
    ).rejects.toMatchObject({ code: 'acc.round.closed', message: expect.stringContaining('2026-04-15') });
    await expect(
      run(office, (c) =>
        extendRound(c, round, { unitId: kexie.unitId as number, closesOn: '2026-04-10', reason: 'x' }),
      ),
    ).rejects.toMatchObject({ details: { issues: [{ path: 'body.closesOn' }] } });
    await run(office, (c) =>
      extendRound(c, round, { unitId: kexie.unitId as number, closesOn: '2026-04-25', reason: '机构调整' }),
    );
    const d = await run(kexie, (c) => saveReport(c, { roundId: round, taskNumber: 2, ...content }));
    await run(kexie, (c) => submitReport(c, d.id));
    // other units are still refused
    await expect(
      run(keji, (c) => saveReport(c, { roundId: round, taskNumber: 5, ...content })),
    ).rejects.toMatchObject({ code: 'acc.round.closed' });
  });

  it('computes the board: accepted, submitted and overdue cells; timeliness from dates', async () => {
    const s = await loadAccSnapshot(h.db, plan.plan.id);
    const b = supervisionBoard(plan, s, round, today);
    const cell = (task: number, u: number | null) =>
      b?.cells.find((c) => c.taskNumber === task && c.unitId === u);
    expect(cell(2, edu.unitId)?.state).toBe('accepted');
    expect(cell(2, kexie.unitId)?.state).toBe('submitted');
    expect(cell(5, keji.unitId)?.state).toBe('overdue');
    expect(b?.timeliness.onTime).toBe(1);
    expect(b?.timeliness.late).toBe(1);
    const cards = unitScorecards(plan, s, 2026, today);
    expect(cards.find((c) => c.unitId === edu.unitId)).toMatchObject({ onTime: 1, returned: 1 });
    expect(cards.find((c) => c.unitId === kexie.unitId)).toMatchObject({ late: 1 });
  });

  it('rolls up with equal weights by default and with published weights once set', async () => {
    const s = await loadAccSnapshot(h.db, plan.plan.id);
    const r = rollUp(plan, s, round);
    const t2 = r?.groups[0].tasks.find((t) => t.number === 2);
    // only the accepted report counts (kexie's awaits review); tasks with no accepted report are left out, not 0
    expect(t2?.progress).toBe(60);
    expect(r?.groups[0].tasks.every((t) => t.weight === 1)).toBe(true);
    const g1 = r?.groups[0];
    expect(g1?.tasks.filter((t) => t.progress === null).length).toBeGreaterThan(0);
    expect(g1?.progress).toBe(60);
    await expect(
      run(edu, (c) => setWeights(c, { tasks: [{ taskNumber: 2, weight: 4 }], groups: [] })),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    await run(office, (c) => setWeights(c, { tasks: [{ taskNumber: 2, weight: 4 }], groups: [] }));
    const r2 = rollUp(plan, await loadAccSnapshot(h.db, plan.plan.id), round);
    expect(r2?.groups[0].progress).toBe(60);
    expect(r2?.groups[0].tasks.find((t) => t.number === 2)?.share).toBeCloseTo(0.5, 6);
  });

  it('creates work items (office or the lead unit), reports figures against them and copies them forward once', async () => {
    await expect(
      run(keji, (c) =>
        createWorkItem(c, {
          year: 2026,
          taskNumber: 4,
          title: 'x',
          ownerUnitIds: [edu.unitId as number],
          deliverable: '',
          dueOn: '2026-12-31',
          targetValue: null,
          targetUnit: null,
          weight: 1,
          evidenceRequired: false,
        }),
      ),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    const w = await run(kexie, (c) =>
      createWorkItem(c, {
        year: 2026,
        taskNumber: 4,
        title: '科技辅导员培训',
        ownerUnitIds: [edu.unitId as number],
        deliverable: '培训名单',
        dueOn: '2026-02-28',
        targetValue: 200,
        targetUnit: '人',
        weight: 1,
        evidenceRequired: true,
      }),
    );
    const copy = await run(office, (c) => copyWorkItemsForward(c, 2026, 2027));
    expect(copy.created[0]).toMatchObject({
      year: 2027,
      dueOn: '2027-02-28',
      copiedFrom: w.id,
      evidenceRequired: true,
    });
    expect((await run(office, (c) => copyWorkItemsForward(c, 2026, 2027))).created).toHaveLength(0);
  });

  it('tracks an inspection finding through respond, close and reopen, flagging it overdue', async () => {
    await expect(
      run(edu, (c) =>
        recordInspection(c, {
          heldOn: '2026-04-01',
          title: 't',
          method: 'm',
          unitIds: [],
          taskNumbers: [],
          summary: '',
          findings: [],
        }),
      ),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    const { rectifications } = await run(office, (c) =>
      recordInspection(c, {
        heldOn: '2026-04-02',
        title: '一季度督查',
        method: '实地检查',
        unitIds: [edu.unitId as number],
        taskNumbers: [4],
        summary: '',
        findings: [
          { finding: '科技辅导员配备不足', ownerUnitId: edu.unitId as number, deadline: '2026-04-18' },
        ],
      }),
    );
    const id = rectifications[0].id;
    const s = await loadAccSnapshot(h.db, plan.plan.id);
    expect(myWork(plan, s, edu, today).rectifications[0]).toMatchObject({ id, overdue: true });
    expect(supervisionBoard(plan, s, round, today)?.overdueRectifications.map((r) => r.id)).toContain(id);
    await expect(run(office, (c) => closeRectification(c, id, ''))).rejects.toMatchObject({
      code: 'acc.state_conflict',
    });
    await expect(run(kexie, (c) => respondRectification(c, id, 'x'))).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    await run(edu, (c) => respondRectification(c, id, '已配备 120 名'));
    await expect(run(edu, (c) => closeRectification(c, id, ''))).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    await run(office, (c) => closeRectification(c, id, '核实'));
    await expect(run(edu, (c) => respondRectification(c, id, 'x'))).rejects.toMatchObject({
      code: 'acc.state_conflict',
    });
    const re = await run(office, (c) => reopenRectification(c, id, '仍不足'));
    expect(re).toMatchObject({ state: 'open', reopenCount: 1 });
    const kinds = (await listNotifications(h.db, edu.unitId as number, edu.userId)).items.map((n) => n.kind);
    expect(kinds.filter((k) => k === 'rectification_assigned')).toHaveLength(2);
  });

  it('reminds every unit with outstanding reports, and only the office may', async () => {
    const s = await loadAccSnapshot(h.db, plan.plan.id);
    await expect(run(edu, (c) => remindOutstanding(c, s, round))).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    const { units } = await run(office, (c) => remindOutstanding(c, s, round));
    expect(units).toContain(keji.unitId);
    expect(
      (await listNotifications(h.db, keji.unitId as number, keji.userId)).items.map((n) => n.kind),
    ).toContain('reminder');
    expect((await auditOf('acc.round.remind'))[0].after).toMatchObject({ units });
  });
});
