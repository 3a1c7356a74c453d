// Accountability API in process on each engine: every route needs a session, refuses the wrong role or scope, works,
// and answers bad input with a 4xx naming the field while storing nothing.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNotificationJob } from '../src/accountability/notification-job.ts';
import { engines, multipart, PDF, startTestApp, type TestApp } from './harness.ts';

describe.each(engines)('accountability API on $name', ({ open }) => {
  let t: TestApp;
  let unit: (name: string) => number;
  let kejiCookie: string;
  let round: number;
  let report: number;
  const content = {
    status: 'on_track',
    progress: 30,
    done: '召开推进会',
    measures: '',
    problems: '',
    nextSteps: '',
    items: [],
  };
  const keji = (o: Parameters<TestApp['as']>[1]) =>
    t.app.inject({ ...o, headers: { ...o.headers, cookie: kejiCookie } });
  const setToday = (d: string) => {
    t.app.kepu.clock.now = () => new Date(`${d}T02:00:00Z`);
  };
  const reportCount = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('acc_reports')
          .select((e) => e.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await startTestApp(open);
    setToday('2031-03-05');
    const units = (await t.as(null, { method: 'GET', url: '/api/plans/current/units' })).json() as {
      id: number;
      name: string;
    }[];
    unit = (name) => units.find((u) => u.name === name)?.id as number;
    const created = await t.as('office', {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'keji',
        displayName: '市科技局 联络员',
        password: 'science-bureau-2031',
        role: 'liaison',
        unitId: unit('市科技局'),
      },
    });
    expect(created.statusCode).toBe(201);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'keji', password: 'science-bureau-2031' },
    });
    kejiCookie = `kepu_session=${login.cookies.find((c) => c.name === 'kepu_session')?.value}`;
  });
  afterAll(() => t?.close());

  it('answers every accountability route with 401 without a session', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/acc/rounds'],
      ['POST', '/api/acc/rounds'],
      ['GET', '/api/acc/rounds/1'],
      ['POST', '/api/acc/rounds/1/extensions'],
      ['POST', '/api/acc/rounds/1/remind'],
      ['GET', '/api/acc/work-items?year=2031'],
      ['POST', '/api/acc/work-items'],
      ['PATCH', '/api/acc/work-items/1'],
      ['POST', '/api/acc/work-items/copy'],
      ['GET', '/api/acc/cells?round=1&task=1&unit=1'],
      ['POST', '/api/acc/reports'],
      ['GET', '/api/acc/reports/1'],
      ['PUT', '/api/acc/reports/1'],
      ['POST', '/api/acc/reports/1/submit'],
      ['POST', '/api/acc/reports/1/return'],
      ['POST', '/api/acc/reports/1/accept'],
      ['POST', '/api/acc/reports/1/reopen'],
      ['POST', '/api/acc/reports/1/files'],
      ['GET', '/api/acc/files/1'],
      ['GET', '/api/acc/board?round=1'],
      ['GET', '/api/acc/board.xlsx?round=1'],
      ['GET', '/api/acc/rollup?round=1'],
      ['GET', '/api/acc/weights'],
      ['PUT', '/api/acc/weights'],
      ['GET', '/api/acc/scorecards?year=2031'],
      ['GET', '/api/acc/scorecards.xlsx?year=2031'],
      ['GET', '/api/acc/summary?year=2031'],
      ['GET', '/api/acc/summary.xlsx?year=2031'],
      ['GET', '/api/acc/my'],
      ['GET', '/api/acc/notifications'],
      ['POST', '/api/acc/notifications/read'],
      ['GET', '/api/acc/outbox'],
      ['GET', '/api/acc/inspections'],
      ['POST', '/api/acc/inspections'],
      ['POST', '/api/acc/rectifications/1/respond'],
      ['POST', '/api/acc/rectifications/1/close'],
      ['POST', '/api/acc/rectifications/1/reopen'],
    ];
    for (const [method, url] of routes) {
      const res = await t.as(null, {
        method: method as 'GET',
        url,
        ...(method === 'GET' ? {} : { payload: {} }),
      });
      expect([res.statusCode, res.json().error.code], `${method} ${url}`).toEqual([401, 'auth.required']);
    }
  });

  describe('rounds', () => {
    it('lets the office open a round and refuses liaisons, a closing date before the due date and a duplicate period', async () => {
      const body = {
        year: 2031,
        period: 'Q1',
        opensOn: '2031-03-01',
        dueOn: '2031-03-10',
        closesOn: '2031-03-15',
      };
      expect((await t.as('edu', { method: 'POST', url: '/api/acc/rounds', payload: body })).statusCode).toBe(
        403,
      );
      const bad = await t.as('office', {
        method: 'POST',
        url: '/api/acc/rounds',
        payload: { ...body, closesOn: '2031-03-09' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.issues[0].path).toBe('body.closesOn');
      const res = await t.as('office', { method: 'POST', url: '/api/acc/rounds', payload: body });
      expect(res.statusCode).toBe(201);
      round = res.json().id;
      expect(
        (await t.as('office', { method: 'POST', url: '/api/acc/rounds', payload: body })).statusCode,
      ).toBe(409);
      const list = (await t.as('edu', { method: 'GET', url: '/api/acc/rounds' })).json();
      expect(list.find((r: { id: number }) => r.id === round)).toMatchObject({
        title: '2031年第一季度进展报告',
        kind: 'quarterly',
        phase: 'open',
      });
      expect((await t.as('viewer', { method: 'GET', url: `/api/acc/rounds/${round}` })).json()).toMatchObject(
        { id: round, extensions: [] },
      );
      expect((await t.as('viewer', { method: 'GET', url: '/api/acc/rounds/999999' })).statusCode).toBe(404);
    });

    it('shows the liaison what their unit owes in the open round with days left, and notifies the round opening', async () => {
      const my = (await t.as('edu', { method: 'GET', url: '/api/acc/my' })).json();
      const mine = my.reports.filter((r: { roundId: number }) => r.roundId === round);
      expect(mine.length).toBeGreaterThan(3);
      expect(mine[0]).toMatchObject({ state: 'not_started', owed: true, daysLeft: 5, dueOn: '2031-03-10' });
      const n = (await t.as('edu', { method: 'GET', url: '/api/acc/notifications' })).json();
      expect(
        n.items.some(
          (x: { kind: string; params: { roundId: number } }) =>
            x.kind === 'round_opened' && x.params.roundId === round,
        ),
      ).toBe(true);
      expect((await t.as('viewer', { method: 'GET', url: '/api/acc/my' })).statusCode).toBe(403);
    });
  });

  describe('reports', () => {
    it('refuses a progress of 140, an unknown task, another unit and a viewer, storing nothing', async () => {
      const before = await reportCount();
      const p = await t.as('edu', {
        method: 'POST',
        url: '/api/acc/reports',
        payload: { roundId: round, taskNumber: 5, ...content, progress: 140 },
      });
      expect(p.statusCode).toBe(400);
      expect(p.json().error.details.issues[0].path).toBe('body.progress');
      const u = await t.as('edu', {
        method: 'POST',
        url: '/api/acc/reports',
        payload: { roundId: round, taskNumber: 31, ...content },
      });
      expect([u.statusCode, u.json().error.details.issues[0].path]).toEqual([400, 'body.taskNumber']);
      expect(u.json().error.message).toContain('task 31');
      expect(
        (
          await t.as('edu', {
            method: 'POST',
            url: '/api/acc/reports',
            payload: { roundId: round, taskNumber: 5, unitId: unit('市科协'), ...content },
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (
          await t.as('viewer', {
            method: 'POST',
            url: '/api/acc/reports',
            payload: { roundId: round, taskNumber: 5, ...content },
          })
        ).statusCode,
      ).toBe(403);
      expect(await reportCount()).toBe(before);
    });

    it('saves a draft, attaches a pdf, refuses bad files, and serves evidence only as an attachment', async () => {
      const res = await t.as('edu', {
        method: 'POST',
        url: '/api/acc/reports',
        payload: { roundId: round, taskNumber: 5, ...content },
      });
      expect(res.statusCode).toBe(201);
      report = res.json().id;
      expect(res.json()).toMatchObject({ state: 'draft', unitId: unit('市教育局') });
      const ok = await t.as('edu', {
        method: 'POST',
        url: `/api/acc/reports/${report}/files`,
        ...multipart('会议纪要 <1>.pdf', PDF),
      });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({
        fileName: '会议纪要 _1_.pdf',
        contentType: 'application/pdf',
        size: PDF.length,
      });
      const climb = await t.as('edu', {
        method: 'POST',
        url: `/api/acc/reports/${report}/files`,
        ...multipart('../../x.pdf', PDF),
      });
      expect([climb.statusCode, climb.json().error.details.issues[0].path]).toEqual([400, 'file.filename']);
      const html = await t.as('edu', {
        method: 'POST',
        url: `/api/acc/reports/${report}/files`,
        ...multipart('page.html', Buffer.from('<script>alert(1)</script>')),
      });
      expect([html.statusCode, html.json().error.details.issues[0].path]).toEqual([400, 'file.filename']);
      const fake = await t.as('edu', {
        method: 'POST',
        url: `/api/acc/reports/${report}/files`,
        ...multipart('fake.pdf', Buffer.from('<html>')),
      });
      expect([fake.statusCode, fake.json().error.details.issues[0].path]).toEqual([400, 'file']);
      const huge = multipart('big.pdf', PDF);
      const big = await t.as('edu', {
        method: 'POST',
        url: `/api/acc/reports/${report}/files`,
        payload: huge.payload,
        headers: { ...huge.headers, 'content-length': String(200 * 1024 * 1024) },
      });
      expect([big.statusCode, big.json().error.code]).toEqual([413, 'acc.file.too_large']);
      const over = await t.as('edu', {
        method: 'POST',
        url: `/api/acc/reports/${report}/files`,
        ...multipart('over.pdf', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])),
      });
      expect(over.statusCode).toBe(413);
      expect(
        (await keji({ method: 'POST', url: `/api/acc/reports/${report}/files`, ...multipart('a.pdf', PDF) }))
          .statusCode,
      ).toBe(403);
      const detail = (await t.as('edu', { method: 'GET', url: `/api/acc/reports/${report}` })).json();
      expect(detail.files).toHaveLength(1);
      expect(detail.can).toMatchObject({ edit: true, review: false });
      const dl = await t.as('office', { method: 'GET', url: `/api/acc/files/${ok.json().id}` });
      expect(dl.statusCode).toBe(200);
      expect(dl.headers['content-disposition']).toMatch(/^attachment; filename="/);
      expect(dl.headers['x-content-type-options']).toBe('nosniff');
      expect(dl.rawPayload.equals(PDF)).toBe(true);
      // a draft's files are its unit's (and the office's): to anyone else the file is not there yet
      expect((await keji({ method: 'GET', url: `/api/acc/files/${ok.json().id}` })).statusCode).toBe(404);
      expect((await t.as('dawa', { method: 'GET', url: `/api/acc/files/${ok.json().id}` })).statusCode).toBe(
        404,
      );
    });

    it('submits and locks the report; the unit itself and a non-lead unit may not review it', async () => {
      const s = await t.as('edu', { method: 'POST', url: `/api/acc/reports/${report}/submit` });
      expect(s.json()).toMatchObject({ state: 'submitted' });
      const edit = await t.as('edu', { method: 'PUT', url: `/api/acc/reports/${report}`, payload: content });
      expect([edit.statusCode, edit.json().error.code]).toEqual([409, 'acc.state_conflict']);
      expect(
        (await t.as('edu', { method: 'POST', url: `/api/acc/reports/${report}/accept`, payload: {} }))
          .statusCode,
      ).toBe(403);
      expect(
        (await keji({ method: 'POST', url: `/api/acc/reports/${report}/accept`, payload: {} })).statusCode,
      ).toBe(403);
      expect(
        (
          await t.as('viewer', {
            method: 'POST',
            url: `/api/acc/reports/${report}/return`,
            payload: { comment: 'x' },
          })
        ).statusCode,
      ).toBe(403);
    });

    it('returns with a comment (required), the unit revises and resubmits, the lead unit accepts; history keeps each step', async () => {
      const noComment = await t.as('kexie', {
        method: 'POST',
        url: `/api/acc/reports/${report}/return`,
        payload: { comment: ' ' },
      });
      expect([noComment.statusCode, noComment.json().error.details.issues[0].path]).toEqual([
        400,
        'body.comment',
      ]);
      const r = await t.as('kexie', {
        method: 'POST',
        url: `/api/acc/reports/${report}/return`,
        payload: { comment: '请补充参与人数' },
      });
      expect(r.json()).toMatchObject({ state: 'returned', returnedCount: 1 });
      const n = (await t.as('edu', { method: 'GET', url: '/api/acc/notifications' })).json();
      expect(n.items[0]).toMatchObject({
        kind: 'report_returned',
        params: { comment: '请补充参与人数' },
        link: `/acc/reports/${report}`,
      });
      const revised = await t.as('edu', {
        method: 'PUT',
        url: `/api/acc/reports/${report}`,
        payload: { ...content, progress: 50, done: '召开推进会,参与 300 人' },
      });
      expect(revised.json()).toMatchObject({ state: 'returned', progress: 50 });
      expect(
        (await t.as('edu', { method: 'POST', url: `/api/acc/reports/${report}/submit` })).json().state,
      ).toBe('submitted');
      expect(
        (
          await t.as('kexie', {
            method: 'POST',
            url: `/api/acc/reports/${report}/accept`,
            payload: { comment: '同意' },
          })
        ).json().state,
      ).toBe('accepted');
      const d = (await t.as('viewer', { method: 'GET', url: `/api/acc/reports/${report}` })).json();
      expect(d.history.map((e: { action: string }) => e.action)).toEqual([
        'save',
        'submit',
        'return',
        'save',
        'submit',
        'accept',
      ]);
      expect(d.history[2]).toMatchObject({ actor: 'kexie', comment: '请补充参与人数' });
      const audit = (
        await t.as('office', { method: 'GET', url: '/api/audit?entity=acc_report&limit=20' })
      ).json();
      expect(audit.items.map((i: { action: string }) => i.action)).toEqual(
        expect.arrayContaining([
          'acc.report.create',
          'acc.report.submit',
          'acc.report.return',
          'acc.report.accept',
          'acc.report.attach',
        ]),
      );
    });

    it('reopens an accepted report only by the office and only with a written reason', async () => {
      expect(
        (
          await t.as('kexie', {
            method: 'POST',
            url: `/api/acc/reports/${report}/reopen`,
            payload: { reason: '口径' },
          })
        ).statusCode,
      ).toBe(403);
      const noReason = await t.as('office', {
        method: 'POST',
        url: `/api/acc/reports/${report}/reopen`,
        payload: {},
      });
      expect([noReason.statusCode, noReason.json().error.details.issues[0].path]).toEqual([
        400,
        'body.reason',
      ]);
      expect(
        (
          await t.as('office', {
            method: 'POST',
            url: `/api/acc/reports/${report}/reopen`,
            payload: { reason: '统计口径调整' },
          })
        ).json().state,
      ).toBe('returned');
      expect(
        (
          await t.as('office', {
            method: 'POST',
            url: `/api/acc/reports/${report}/reopen`,
            payload: { reason: 'again' },
          })
        ).statusCode,
      ).toBe(409);
      await t.as('edu', { method: 'POST', url: `/api/acc/reports/${report}/submit` });
      expect(
        (
          await t.as('office', { method: 'POST', url: `/api/acc/reports/${report}/accept`, payload: {} })
        ).json().state,
      ).toBe('accepted');
    });

    it('refuses filing after the round closes with a clear message, until the office extends that unit’s window', async () => {
      setToday('2031-03-20');
      const late = await t.as('edu', {
        method: 'POST',
        url: '/api/acc/reports',
        payload: { roundId: round, taskNumber: 1, ...content },
      });
      expect([late.statusCode, late.json().error.code]).toEqual([400, 'acc.round.closed']);
      expect(late.json().error.message).toContain('closed on 2031-03-15');
      const ext = { unitId: unit('市教育局'), closesOn: '2031-03-25', reason: '人员调整' };
      expect(
        (await t.as('edu', { method: 'POST', url: `/api/acc/rounds/${round}/extensions`, payload: ext }))
          .statusCode,
      ).toBe(403);
      const badUnit = await t.as('office', {
        method: 'POST',
        url: `/api/acc/rounds/${round}/extensions`,
        payload: { ...ext, unitId: 999999 },
      });
      expect([badUnit.statusCode, badUnit.json().error.details.issues[0].path]).toEqual([400, 'body.unitId']);
      expect(
        (await t.as('office', { method: 'POST', url: `/api/acc/rounds/${round}/extensions`, payload: ext }))
          .statusCode,
      ).toBe(200);
      const filed = await t.as('edu', {
        method: 'POST',
        url: '/api/acc/reports',
        payload: { roundId: round, taskNumber: 1, ...content },
      });
      expect(filed.statusCode).toBe(201);
      expect(
        (await t.as('edu', { method: 'POST', url: `/api/acc/reports/${filed.json().id}/submit` })).json()
          .state,
      ).toBe('submitted');
      expect(
        (
          await keji({
            method: 'POST',
            url: '/api/acc/reports',
            payload: { roundId: round, taskNumber: 5, ...content },
          })
        ).json().error.code,
      ).toBe('acc.round.closed');
      setToday('2031-03-05');
    });
  });

  describe('board, roll-up, scorecards, summary and exports', () => {
    it('shows the board to the office and viewers with cell states, filters, and refuses liaisons and bad filters', async () => {
      const b = (await t.as('office', { method: 'GET', url: `/api/acc/board?round=${round}` })).json();
      const cell = (task: number, u: number) =>
        b.cells.find((c: { taskNumber: number; unitId: number }) => c.taskNumber === task && c.unitId === u);
      expect(cell(5, unit('市教育局'))).toMatchObject({
        state: 'accepted',
        status: 'on_track',
        progress: 50,
        reportId: report,
      });
      expect(cell(5, unit('市科技局'))).toMatchObject({ state: 'not_started', reportId: null });
      expect(b.counts.accepted).toBe(1);
      expect(b.tasks.find((x: { number: number }) => x.number === 5)).toMatchObject({ weight: 1 });
      const f = (
        await t.as('viewer', { method: 'GET', url: `/api/acc/board?round=${round}&state=accepted` })
      ).json();
      expect(f.cells).toHaveLength(1);
      expect((await t.as('edu', { method: 'GET', url: `/api/acc/board?round=${round}` })).statusCode).toBe(
        403,
      );
      const bad = await t.as('office', { method: 'GET', url: `/api/acc/board?round=${round}&state=green` });
      expect([bad.statusCode, bad.json().error.details.issues[0].path]).toEqual([400, 'querystring.state']);
      expect((await t.as('office', { method: 'GET', url: '/api/acc/board?round=999999' })).statusCode).toBe(
        404,
      );
      // a district admin sees only units in their area: none of the city units
      expect(
        (await t.as('dawa', { method: 'GET', url: `/api/acc/board?round=${round}` })).json().cells,
      ).toHaveLength(0);
    });

    it('marks not-submitted cells overdue once the due date passes', async () => {
      setToday('2031-03-12');
      const b = (
        await t.as('office', { method: 'GET', url: `/api/acc/board?round=${round}&unit=${unit('市科技局')}` })
      ).json();
      expect(b.cells.every((c: { state: string }) => c.state === 'overdue')).toBe(true);
      expect(b.counts.overdue).toBe(b.cells.length);
      setToday('2031-03-05');
    });

    it('publishes weights (office only) and shows them with the rolled-up figures', async () => {
      const plan = (await t.as(null, { method: 'GET', url: '/api/plans/current' })).json();
      const youth = plan.groups[0].id;
      expect(
        (
          await t.as('edu', {
            method: 'PUT',
            url: '/api/acc/weights',
            payload: { tasks: [{ taskNumber: 5, weight: 3 }] },
          })
        ).statusCode,
      ).toBe(403);
      const bad = await t.as('office', {
        method: 'PUT',
        url: '/api/acc/weights',
        payload: { tasks: [{ taskNumber: 99, weight: 3 }] },
      });
      expect([bad.statusCode, bad.json().error.details.issues[0].path]).toEqual([
        400,
        'body.tasks[0].taskNumber',
      ]);
      const neg = await t.as('office', {
        method: 'PUT',
        url: '/api/acc/weights',
        payload: { groups: [{ groupId: youth, weight: -1 }] },
      });
      expect(neg.statusCode).toBe(400);
      expect(
        (
          await t.as('office', {
            method: 'PUT',
            url: '/api/acc/weights',
            payload: { tasks: [{ taskNumber: 5, weight: 3 }] },
          })
        ).statusCode,
      ).toBe(200);
      expect((await t.as('viewer', { method: 'GET', url: '/api/acc/weights' })).json()).toEqual([
        { level: 'task', ref: 5, weight: 3 },
      ]);
      const roll = (await t.as('viewer', { method: 'GET', url: `/api/acc/rollup?round=${round}` })).json();
      const g = roll.groups.find((x: { id: number }) => x.id === youth);
      const t5 = g.tasks.find((x: { number: number }) => x.number === 5);
      expect(t5).toMatchObject({ weight: 3, progress: 50 });
      expect(t5.share).toBeCloseTo(3 / 7, 6);
      // the other task of the group has no accepted report: left out of the mean (not 0), so the group is task 5’s
      expect(g.progress).toBe(50);
    });

    it('counts the on-time report in the unit’s scorecard and refuses liaisons and a bad year', async () => {
      const rows = (await t.as('office', { method: 'GET', url: '/api/acc/scorecards?year=2031' })).json();
      expect(rows.find((r: { unitId: number }) => r.unitId === unit('市教育局'))).toMatchObject({
        onTime: 1,
        returned: 1,
        late: 1,
      });
      expect((await t.as('edu', { method: 'GET', url: '/api/acc/scorecards?year=2031' })).statusCode).toBe(
        403,
      );
      const bad = await t.as('office', { method: 'GET', url: '/api/acc/scorecards?year=abc' });
      expect([bad.statusCode, bad.json().error.details.issues[0].path]).toEqual([400, 'querystring.year']);
    });

    it('summarises the year with every report’s text, and exports board, scorecards and summary as workbooks', async () => {
      const s = (await t.as('office', { method: 'GET', url: '/api/acc/summary?year=2031' })).json();
      expect(s.tasks.find((x: { number: number }) => x.number === 5).reports[0]).toMatchObject({
        unitName: '市教育局',
        done: '召开推进会,参与 300 人',
        state: 'accepted',
      });
      for (const [url, sheet] of [
        [`/api/acc/board.xlsx?round=${round}`, '督查看板'],
        ['/api/acc/scorecards.xlsx?year=2031', '2031 单位记分卡'],
        ['/api/acc/summary.xlsx?year=2031', '任务与报告'],
      ]) {
        const res = await t.as('office', { method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['content-disposition']).toMatch(/^attachment/);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
        expect(wb.worksheets.map((w) => w.name)).toContain(sheet);
      }
      expect((await t.as('edu', { method: 'GET', url: '/api/acc/summary.xlsx?year=2031' })).statusCode).toBe(
        403,
      );
    });
  });

  describe('work items', () => {
    let item: number;
    it('lets the task’s lead unit add an item, refuses a non-lead and an unknown owner', async () => {
      const body = {
        year: 2031,
        taskNumber: 4,
        title: '科技辅导员全覆盖',
        ownerUnitIds: [unit('市教育局')],
        dueOn: '2031-12-31',
        targetValue: 100,
        targetUnit: '%',
      };
      expect((await keji({ method: 'POST', url: '/api/acc/work-items', payload: body })).statusCode).toBe(
        403,
      );
      const bad = await t.as('kexie', {
        method: 'POST',
        url: '/api/acc/work-items',
        payload: { ...body, ownerUnitIds: [999999] },
      });
      expect([bad.statusCode, bad.json().error.details.issues[0].path]).toEqual([
        400,
        'body.ownerUnitIds[0]',
      ]);
      const res = await t.as('kexie', { method: 'POST', url: '/api/acc/work-items', payload: body });
      expect(res.statusCode).toBe(201);
      item = res.json().id;
      const patched = await t.as('office', {
        method: 'PATCH',
        url: `/api/acc/work-items/${item}`,
        payload: { weight: 2 },
      });
      expect(patched.json()).toMatchObject({ weight: 2 });
      expect(
        (await t.as('edu', { method: 'GET', url: '/api/acc/work-items?year=2031&task=4' })).json()[0],
      ).toMatchObject({ id: item, owners: [{ name: '市教育局' }] });
    });
    it('copies items forward once, refusing a copy backwards', async () => {
      const back = await t.as('office', {
        method: 'POST',
        url: '/api/acc/work-items/copy',
        payload: { fromYear: 2031, toYear: 2030 },
      });
      expect([back.statusCode, back.json().error.details.issues[0].path]).toEqual([400, 'body.toYear']);
      expect(
        (
          await t.as('office', {
            method: 'POST',
            url: '/api/acc/work-items/copy',
            payload: { fromYear: 2031, toYear: 2032 },
          })
        ).json(),
      ).toMatchObject({ created: 1, skipped: 0 });
      expect(
        (
          await t.as('office', {
            method: 'POST',
            url: '/api/acc/work-items/copy',
            payload: { fromYear: 2031, toYear: 2032 },
          })
        ).json(),
      ).toMatchObject({ created: 0, skipped: 1 });
      expect(
        (await t.as('edu', { method: 'GET', url: '/api/acc/work-items?year=2032' })).json()[0],
      ).toMatchObject({ dueOn: '2032-12-31', copiedFrom: item });
    });
    it('takes figures against the item’s target in a report, and refuses an item of another task', async () => {
      const bad = await t.as('edu', {
        method: 'POST',
        url: '/api/acc/reports',
        payload: {
          roundId: round,
          taskNumber: 2,
          ...content,
          items: [{ workItemId: item, progress: 10, value: 10 }],
        },
      });
      expect([bad.statusCode, bad.json().error.details.issues[0].path]).toEqual([
        400,
        'body.items[0].workItemId',
      ]);
      const ok = await t.as('edu', {
        method: 'POST',
        url: '/api/acc/reports',
        payload: {
          roundId: round,
          taskNumber: 4,
          ...content,
          items: [{ workItemId: item, progress: 60, value: 60 }],
        },
      });
      expect(ok.json().items).toEqual([{ workItemId: item, progress: 60, value: 60 }]);
    });
  });

  describe('inspections and rectification', () => {
    let rect: number;
    it('records an inspection (office only) whose finding notifies the owner and shows overdue on the board and the owner’s home', async () => {
      const body = {
        heldOn: '2031-02-20',
        title: '春季督查',
        method: '实地检查',
        unitIds: [unit('市教育局')],
        findings: [{ finding: '台账不全', ownerUnitId: unit('市教育局'), deadline: '2031-03-01' }],
      };
      expect(
        (await t.as('edu', { method: 'POST', url: '/api/acc/inspections', payload: body })).statusCode,
      ).toBe(403);
      const bad = await t.as('office', {
        method: 'POST',
        url: '/api/acc/inspections',
        payload: { ...body, findings: [{ ...body.findings[0], deadline: '2031-02-30' }] },
      });
      expect([bad.statusCode, bad.json().error.details.issues[0].path]).toEqual([
        400,
        'body.findings.0.deadline',
      ]);
      const res = await t.as('office', { method: 'POST', url: '/api/acc/inspections', payload: body });
      expect(res.statusCode).toBe(201);
      rect = res.json().rectifications[0].id;
      const my = (await t.as('edu', { method: 'GET', url: '/api/acc/my' })).json();
      expect(my.rectifications.find((r: { id: number }) => r.id === rect)).toMatchObject({
        overdue: true,
        daysLeft: -4,
      });
      const board = (await t.as('office', { method: 'GET', url: `/api/acc/board?round=${round}` })).json();
      expect(board.overdueRectifications.map((r: { id: number }) => r.id)).toContain(rect);
      const n = (await t.as('edu', { method: 'GET', url: '/api/acc/notifications' })).json();
      expect(n.items.some((x: { kind: string }) => x.kind === 'rectification_assigned')).toBe(true);
      const mine = (await keji({ method: 'GET', url: '/api/acc/inspections' })).json();
      expect(
        mine
          .flatMap((i: { rectifications: { id: number }[] }) => i.rectifications)
          .map((r: { id: number }) => r.id),
      ).not.toContain(rect);
    });
    it('moves the item through respond, close and reopen with each refusal', async () => {
      const url = (a: string) => `/api/acc/rectifications/${rect}/${a}`;
      expect((await t.as('office', { method: 'POST', url: url('close'), payload: {} })).statusCode).toBe(409);
      expect(
        (await keji({ method: 'POST', url: url('respond'), payload: { response: 'x' } })).statusCode,
      ).toBe(403);
      const empty = await t.as('edu', { method: 'POST', url: url('respond'), payload: { response: '' } });
      expect([empty.statusCode, empty.json().error.details.issues[0].path]).toEqual([400, 'body.response']);
      expect(
        (
          await t.as('edu', { method: 'POST', url: url('respond'), payload: { response: '已补齐台账' } })
        ).json().state,
      ).toBe('responded');
      expect((await t.as('edu', { method: 'POST', url: url('close'), payload: {} })).statusCode).toBe(403);
      expect(
        (await t.as('office', { method: 'POST', url: url('close'), payload: { note: '核实' } })).json().state,
      ).toBe('closed');
      expect((await t.as('office', { method: 'POST', url: url('reopen'), payload: {} })).statusCode).toBe(
        400,
      );
      expect(
        (
          await t.as('office', { method: 'POST', url: url('reopen'), payload: { reason: '复查仍有缺失' } })
        ).json(),
      ).toMatchObject({ state: 'open', reopenCount: 1 });
      expect(
        (await t.as('office', { method: 'POST', url: '/api/acc/rectifications/999999/close', payload: {} }))
          .statusCode,
      ).toBe(404);
    });
    it('keeps the item’s history: the 销号 comment survives the reopen, each step with who and when', async () => {
      const list = (await t.as('office', { method: 'GET', url: '/api/acc/inspections' })).json();
      const item = list
        .flatMap((i: { rectifications: { id: number }[] }) => i.rectifications)
        .find((r: { id: number }) => r.id === rect);
      expect(
        item.history.map((e: { action: string; comment: string; actor: string }) => [
          e.action,
          e.comment,
          e.actor,
        ]),
      ).toEqual([
        ['respond', '已补齐台账', 'edu'],
        ['close', '核实', 'office'],
        ['reopen', '复查仍有缺失', 'office'],
      ]);
      for (const e of item.history) expect(Number.isNaN(Date.parse(e.at))).toBe(false);
      // the owner unit reads the same history on its card
      const own = (await t.as('edu', { method: 'GET', url: '/api/acc/inspections' })).json();
      const mine = own.flatMap((i: { rectifications: { id: number }[] }) => i.rectifications);
      expect(mine.find((r: { id: number }) => r.id === rect).history).toHaveLength(3);
    });
    it('lists on the new inspection’s card every unit a finding is addressed to', async () => {
      const res = await t.as('office', {
        method: 'POST',
        url: '/api/acc/inspections',
        payload: {
          heldOn: '2031-02-21',
          title: '专项督查',
          method: '座谈',
          findings: [
            { finding: '宣传不足', ownerUnitId: unit('市科协'), deadline: '2031-04-01' },
            { finding: '经费未落实', ownerUnitId: unit('市教育局'), deadline: '2031-04-01' },
          ],
        },
      });
      expect(res.statusCode).toBe(201);
      const card = (await t.as('office', { method: 'GET', url: '/api/acc/inspections' }))
        .json()
        .find((i: { id: number }) => i.id === res.json().inspection.id);
      expect(card.units.map((u: { name: string }) => u.name)).toEqual(['市科协', '市教育局']);
    });
  });

  describe('notifications and reminders', () => {
    it('notifies three days before the due date, once, and marks notifications read', async () => {
      setToday('2031-03-07');
      const count = async () =>
        (await keji({ method: 'GET', url: '/api/acc/notifications' }))
          .json()
          .items.filter(
            (x: { kind: string; params: { roundId: number } }) =>
              x.kind === 'round_due_soon' && x.params.roundId === round,
          ).length;
      expect(await count()).toBe(1);
      expect(await count()).toBe(1);
      setToday('2031-03-05');
      const read = await keji({
        method: 'POST',
        url: '/api/acc/notifications/read',
        payload: { ids: 'all' },
      });
      expect(read.json().updated).toBeGreaterThan(0);
      expect((await keji({ method: 'GET', url: '/api/acc/notifications' })).json().unread).toBe(0);
      const bad = await keji({ method: 'POST', url: '/api/acc/notifications/read', payload: { ids: ['x'] } });
      expect([bad.statusCode, bad.json().error.details.issues[0].path]).toEqual([400, 'body.ids']);
    });
    it('runs the background job idempotently: a second run stores nothing new', async () => {
      setToday('2031-03-08');
      await runNotificationJob(t.app);
      expect(await runNotificationJob(t.app)).toBe(0);
      const rows = await t.handle.db
        .selectFrom('acc_notifications')
        .select('dedupe_key')
        .where('dedupe_key', 'like', `round-due:${round}:%`)
        .execute();
      expect(new Set(rows.map((r) => r.dedupe_key)).size).toBe(rows.length);
      expect(rows.length).toBeGreaterThan(0);
      setToday('2031-03-05');
    });
    it('lets the office remind every unit with reports outstanding', async () => {
      expect((await t.as('edu', { method: 'POST', url: `/api/acc/rounds/${round}/remind` })).statusCode).toBe(
        403,
      );
      const res = (await t.as('office', { method: 'POST', url: `/api/acc/rounds/${round}/remind` })).json();
      expect(res.units.map((u: { name: string }) => u.name)).toContain('市科技局');
      expect((await keji({ method: 'GET', url: '/api/acc/notifications' })).json().items[0]).toMatchObject({
        kind: 'reminder',
      });
      const outbox = (await t.as('office', { method: 'GET', url: '/api/acc/outbox' })).json();
      expect(outbox).toMatchObject({ settings: { enabled: false }, items: [] });
      expect((await t.as('edu', { method: 'GET', url: '/api/acc/outbox' })).statusCode).toBe(403);
    });
  });
});
