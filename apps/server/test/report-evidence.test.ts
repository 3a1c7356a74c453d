// The progress report form's evidence and its ends (issue 10, point 10): the first file may come before the first save,
// a file leaves a draft (audited) but never a submitted report, the unit is told when its report is accepted, and the
// cell names the unit's report of the round before with its state and date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, multipart, owedTask, PDF, startTestApp, type TestApp } from './harness.ts';

describe.each(engines)('progress report evidence and acceptance on $name', ({ open }) => {
  let t: TestApp;
  let round: { id: number; year: number };
  let taskNumber: number;
  let unitId: number;
  let report: number;
  const cell = async (who = 'edu') =>
    (
      await t.as(who, {
        method: 'GET',
        url: `/api/acc/cells?round=${round.id}&task=${taskNumber}&unit=${unitId}`,
      })
    ).json();
  const upload = (name = '名单.pdf') =>
    t.as('edu', { method: 'POST', url: `/api/acc/reports/${report}/files`, ...multipart(name, PDF) });

  beforeAll(async () => {
    t = await startTestApp(open);
    ({ round, taskNumber } = await owedTask(t, 'edu'));
    unitId = (await t.as('edu', { method: 'GET', url: '/api/auth/me' })).json().user.unitId;
  });
  afterAll(() => t?.close());

  it('offers evidence on a cell with no report yet, and takes a file on the draft its first save starts', async () => {
    const empty = await cell();
    expect([empty.report, empty.can.attach, empty.can.detach]).toEqual([null, true, false]);
    // the web app saves what the form holds (here nothing but the defaults) and then sends the file
    const made = await t.as('edu', {
      method: 'POST',
      url: '/api/acc/reports',
      payload: { roundId: round.id, taskNumber, status: 'on_track', progress: 0 },
    });
    expect([made.statusCode, made.json().state]).toEqual([201, 'draft']);
    report = made.json().id;
    const file = await upload();
    expect(file.statusCode).toBe(201);
    const after = await cell();
    expect(after.files.map((f: { fileName: string }) => f.fileName)).toEqual(['名单.pdf']);
    expect([after.can.attach, after.can.detach]).toEqual([true, true]);
  });

  it('removes a file from a draft, audited; refuses another unit and a file that is not there', async () => {
    const second = (await upload('照片.pdf')).json();
    expect((await t.as('kexie', { method: 'DELETE', url: `/api/acc/files/${second.id}` })).statusCode).toBe(
      403,
    );
    expect((await t.as('viewer', { method: 'DELETE', url: `/api/acc/files/${second.id}` })).statusCode).toBe(
      403,
    );
    const gone = await t.as('edu', { method: 'DELETE', url: `/api/acc/files/${second.id}` });
    expect(gone.statusCode).toBe(204);
    expect((await cell()).files.map((f: { fileName: string }) => f.fileName)).toEqual(['名单.pdf']);
    const again = await t.as('edu', { method: 'DELETE', url: `/api/acc/files/${second.id}` });
    expect([again.statusCode, again.json().error.code]).toEqual([404, 'acc.file.not_found']);
    const audit = (
      await t.as('office', { method: 'GET', url: '/api/audit?entity=acc_report&limit=5' })
    ).json();
    const entry = audit.items.find((a: { action: string }) => a.action === 'acc.report.detach');
    expect(entry).toMatchObject({
      actor: { username: 'edu' },
      entityId: String(report),
      before: { id: second.id, fileName: '照片.pdf' },
    });
  });

  it('keeps the files of a submitted report: removing one is refused', async () => {
    await t.as('edu', {
      method: 'PUT',
      url: `/api/acc/reports/${report}`,
      payload: { status: 'on_track', progress: 40, done: '培训科技辅导员 120 名。' },
    });
    const sent = await t.as('edu', { method: 'POST', url: `/api/acc/reports/${report}/submit` });
    expect([sent.statusCode, sent.json().state]).toEqual([200, 'submitted']);
    const file = (await cell()).files[0];
    expect((await cell()).can.detach).toBe(false);
    const refused = await t.as('edu', { method: 'DELETE', url: `/api/acc/files/${file.id}` });
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'acc.state_conflict']);
    expect((await cell()).files).toHaveLength(1);
  });

  it('tells the unit its report was accepted, naming the task', async () => {
    const title = (await cell()).task.title as string;
    const ok = await t.as('office', {
      method: 'POST',
      url: `/api/acc/reports/${report}/accept`,
      payload: {},
    });
    expect([ok.statusCode, ok.json().state]).toEqual([200, 'accepted']);
    const notes = (await t.as('edu', { method: 'GET', url: '/api/acc/notifications' })).json();
    const accepted = notes.items.filter((n: { kind: string }) => n.kind === 'report_accepted');
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({
      params: { taskNumber, taskTitle: title },
      link: `/acc/reports/${report}`,
      readAt: null,
    });
    // other units hear nothing of it
    const kexie = (await t.as('kexie', { method: 'GET', url: '/api/acc/notifications' })).json();
    expect(kexie.items.some((n: { kind: string }) => n.kind === 'report_accepted')).toBe(false);
  });

  it('shows the unit’s report of the round before on the next round’s cell, with its state and date', async () => {
    const next = await t.as('office', {
      method: 'POST',
      url: '/api/acc/rounds',
      payload: {
        year: round.year,
        period: 'Q4',
        opensOn: `${round.year}-12-01`,
        dueOn: `${round.year}-12-31`,
        closesOn: `${round.year}-12-31`,
      },
    });
    expect(next.statusCode, next.body).toBe(201);
    const res = await t.as('edu', {
      method: 'GET',
      url: `/api/acc/cells?round=${next.json().id}&task=${taskNumber}&unit=${unitId}`,
    });
    expect(res.json().report).toBeNull();
    expect(res.json().previous).toMatchObject({
      id: report,
      roundTitle: (await cell()).round.title,
      state: 'accepted',
      status: 'on_track',
    });
    expect(Date.parse(res.json().previous.at)).not.toBeNaN();
  });
});
