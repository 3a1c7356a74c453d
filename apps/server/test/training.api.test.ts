// Training records on each engine: who records which course (the organising unit's liaison, the district of its
// area, the office; viewers read), field errors named, a held session on the participation ledger and in the 科普统计
// pre-fill (A07 sessions held, A071 trainees by group), a void and a correction rewriting it, named trainees masked with
// an audited full read and the purge, evidence files, the year's summary with its CSV and Excel exports, and a closed
// year refusing corrections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, multipart, PDF, startTestApp, type TestApp } from './harness.ts';

const Y = new Date().getUTCFullYear() - 1;

describe.each(engines)('training records on $name', ({ open }) => {
  let t: TestApp;
  let kexieUnit: number;
  let eduUnit: number;
  let indUnit: number;
  let course: number;
  const req = (
    who: string | null,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.as(who, { method, url, ...(payload && { payload }) });
  const base = () => ({
    title: '科普讲解员培训班（测试）',
    programme: 'other',
    organiserUnitId: kexieUnit,
    areaCode: '211100',
    targetGroup: 'farmers',
    traineeMode: 'headcount',
    headcount: { farmers: 30, elderly: 10 },
  });
  const prefill = async () => {
    const cells = (await req('kexie', 'GET', `/api/svc/prefill/${Y}/${indUnit}`)).json() as {
      item: string;
      option: string;
      value: number;
    }[];
    return (item: string, option = '') => cells.find((c) => c.item === item && c.option === option)?.value;
  };
  beforeAll(async () => {
    t = await startTestApp(open);
    const units = (await req('office', 'GET', '/api/plans/current/units')).json() as {
      id: number;
      name: string;
    }[];
    kexieUnit = units.find((u) => u.name === '市科协')?.id as number;
    eduUnit = units.find((u) => u.name === '市教育局')?.id as number;
    const ind = (await req('office', 'GET', '/api/indicators/units')).json() as {
      id: number;
      name: string;
      areaCode: string;
    }[];
    indUnit = ind.find((u) => u.name === '市科协' && u.areaCode === '211100')?.id as number;
  });
  afterAll(() => t?.close());

  it('lets a liaison record its own unit, a district its area, the office all; a viewer only reads', async () => {
    const own = await req('kexie', 'POST', '/api/trn/courses', base());
    expect(own.statusCode, own.body).toBe(201);
    course = own.json().id;
    expect(
      (await req('kexie', 'POST', '/api/trn/courses', { ...base(), organiserUnitId: eduUnit })).statusCode,
    ).toBe(403);
    expect(
      (await req('dawa', 'POST', '/api/trn/courses', { ...base(), areaCode: '211104' })).statusCode,
    ).toBe(201);
    expect(
      (await req('dawa', 'POST', '/api/trn/courses', { ...base(), areaCode: '211103' })).statusCode,
    ).toBe(403);
    expect((await req('viewer', 'POST', '/api/trn/courses', base())).statusCode).toBe(403);
    expect((await req('viewer', 'GET', `/api/trn/courses/${course}`)).statusCode).toBe(200);
    expect((await req('edu', 'GET', `/api/trn/courses/${course}`)).statusCode).toBe(403);
    const eduList = (await req('edu', 'GET', '/api/trn/courses')).json();
    expect(eduList.rows.some((c: { id: number }) => c.id === course)).toBe(false);
    expect(eduList.rows.length).toBeGreaterThan(0); // the demo's teachers' course of 市教育局
    expect((await req(null, 'GET', '/api/trn/courses')).statusCode).toBe(401);
  });

  it('names the field of every bad input', async () => {
    const path = async (body: object, url = '/api/trn/courses') => {
      const r = await req('kexie', 'POST', url, body);
      expect(r.statusCode, r.body).toBe(400);
      return r.json().error.details.issues.map((i: { path: string }) => i.path);
    };
    expect(await path({})).toContain('body.title');
    expect(await path({ ...base(), completedCount: 41 })).toEqual(['body.completedCount']);
    expect(await path({ ...base(), bySex: { male: 1, female: 2 } })).toEqual(['body.bySex']);
    expect(await path({ ...base(), taskNumber: 999 })).toEqual(['body.taskNumber']);
    expect(await path({ ...base(), areaCode: '219999' })).toEqual(['body.areaCode']);
    const session = { startsOn: `${Y}-06-02`, endsOn: `${Y}-06-01`, hours: 3, mode: 'offline' };
    expect(await path(session, `/api/trn/courses/${course}/sessions`)).toEqual(['body.endsOn']);
    const empty = await req('kexie', 'PATCH', `/api/trn/courses/${course}`, {});
    expect(empty.json().error.details.issues[0].code).toBe('validation.empty_patch');
  });

  it('puts a held session on the ledger and in the pre-fill, and takes a voided one off', async () => {
    const before = await prefill();
    expect(before('A07')).toBeUndefined();
    const add = (startsOn: string) =>
      req('kexie', 'POST', `/api/trn/courses/${course}/sessions`, {
        startsOn,
        endsOn: startsOn,
        hours: 3,
        place: '市科技馆',
        mode: 'offline',
      });
    const first = (await add(`${Y}-06-01`)).json();
    const second = (await add(`${Y}-06-08`)).json();
    expect((await prefill())('A07')).toBeUndefined(); // planned is not held
    for (const s of [first, second])
      expect((await req('kexie', 'POST', `/api/trn/sessions/${s.id}/complete`)).statusCode).toBe(200);
    let cell = await prefill();
    expect(cell('A07')).toBe(2);
    expect(cell('A071', 'farmers')).toBe(60);
    expect(cell('A071', 'elderly')).toBe(20);
    // a second completion is a conflict; a future session cannot be held yet
    expect((await req('kexie', 'POST', `/api/trn/sessions/${first.id}/complete`)).statusCode).toBe(409);
    const future = (await add(`${Y + 2}-01-01`)).json();
    const early = await req('kexie', 'POST', `/api/trn/sessions/${future.id}/complete`);
    expect(early.json().error.code).toBe('trn.session.not_begun_conflict');

    const blank = await req('kexie', 'POST', `/api/trn/sessions/${second.id}/void`, { reason: ' ' });
    expect(blank.json().error.details.issues[0].path).toBe('body.reason');
    expect(
      (await req('kexie', 'POST', `/api/trn/sessions/${second.id}/void`, { reason: '重复登记' })).statusCode,
    ).toBe(200);
    cell = await prefill();
    expect(cell('A07')).toBe(1);
    expect(cell('A071', 'farmers')).toBe(30);
    const entries = (await req('office', 'GET', `/api/svc/ledger/entries?year=${Y}`)).json() as {
      kind: string;
      evidence: string;
      voidReason: string | null;
    }[];
    const mine = entries.filter((e) => e.evidence === `trn_session:${second.id}`);
    expect(mine.length).toBe(2);
    expect(mine.every((e) => e.kind === 'training' && e.voidReason === '重复登记')).toBe(true);

    // a correction of the headcount rewrites the held session's entries
    const fix = await req('kexie', 'PATCH', `/api/trn/courses/${course}`, {
      headcount: { farmers: 40, elderly: 10 },
    });
    expect(fix.statusCode, fix.body).toBe(200);
    cell = await prefill();
    expect(cell('A071', 'farmers')).toBe(40);
    expect(cell('A07')).toBe(1);
    const detail = (await req('viewer', 'GET', `/api/trn/courses/${course}`)).json();
    expect(detail.sessions.map((s: { state: string }) => s.state)).toEqual(['completed', 'void', 'planned']);
    expect(detail.course.year).toBe(Y);
  });

  it('keeps named trainees masked, reads their details once audited, and purges them', async () => {
    const named = (
      await req('kexie', 'POST', '/api/trn/courses', { ...base(), traineeMode: 'named', headcount: {} })
    ).json();
    const noConsent = await req('kexie', 'POST', `/api/trn/courses/${named.id}/trainees`, {
      name: '王小明',
      targetGroup: 'farmers',
    });
    expect(noConsent.json().error.details.issues[0].path).toBe('body.consent');
    const add = await req('kexie', 'POST', `/api/trn/courses/${named.id}/trainees`, {
      name: '王小明',
      phone: '13800001111',
      targetGroup: 'farmers',
      consent: true,
    });
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json().name).toBe('王*明');
    await req('kexie', 'PATCH', `/api/trn/trainees/${add.json().id}`, {
      completed: true,
      certificateNo: 'C-1',
    });
    const detail = await req('viewer', 'GET', `/api/trn/courses/${named.id}`);
    expect(detail.body).not.toContain('王小明');
    expect(detail.body).not.toContain('13800001111');
    expect(detail.json().trainees[0]).toMatchObject({ name: '王*明', phone: '138****1111', completed: true });
    expect((await req('viewer', 'POST', `/api/trn/courses/${named.id}/trainees/personal`)).statusCode).toBe(
      403,
    );
    const full = await req('kexie', 'POST', `/api/trn/courses/${named.id}/trainees/personal`);
    expect(full.json()[0].name).toBe('王小明');
    const audit = (await req('office', 'GET', '/api/audit?action=trn.trainee.read_personal')).json();
    expect(JSON.stringify(audit)).toContain('trn.trainee.read_personal');

    // the demo's farmers' course ended last year: its names go, its figures stay
    const farmers = (await req('office', 'GET', `/api/trn/courses?year=${Y}&programme=farmers`)).json()
      .rows[0];
    expect((await req('kexie', 'POST', '/api/trn/purge', { retentionDays: 30 })).statusCode).toBe(403);
    const purge = await req('office', 'POST', '/api/trn/purge', { retentionDays: 30 });
    expect(purge.json().erased).toBeGreaterThanOrEqual(4);
    const after = (await req('office', 'GET', `/api/trn/courses/${farmers.id}`)).json();
    expect(
      after.trainees.every((x: { name: string; erased: boolean }) => x.erased && x.name === '已删除'),
    ).toBe(true);
    expect(after.course.trainees).toBe(4);
  });

  it('stores evidence as accountability does and sums the year per programme with CSV and Excel', async () => {
    const up = multipart('签到表.pdf', PDF);
    const ok = await t.as('kexie', { method: 'POST', url: `/api/trn/courses/${course}/files`, ...up });
    expect(ok.statusCode, ok.body).toBe(201);
    const bad = multipart('签到表.exe', PDF);
    const refused = await t.as('kexie', { method: 'POST', url: `/api/trn/courses/${course}/files`, ...bad });
    expect(refused.json().error.details.issues[0]).toMatchObject({
      path: 'file.filename',
      code: 'acc.file.type_refused',
    });
    const file = await req('viewer', 'GET', `/api/trn/files/${ok.json().id}`);
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''%E7%AD%BE%E5%88%B0%E8%A1%A8.pdf");

    const s = (await req('viewer', 'GET', `/api/trn/summary?year=${Y}`)).json();
    const row = (p: string) => s.rows.find((r: { programme: string }) => r.programme === p);
    expect(row('cadres')).toMatchObject({
      courses: 1,
      sessions: 1,
      hours: 3,
      trainees: 120,
      completionRate: 100,
    });
    expect(row('farmers')).toMatchObject({
      courses: 1,
      sessions: 2,
      trainees: 4,
      completed: 3,
      completionRate: 75,
    });
    expect(s.total.courses).toBe(s.rows.reduce((n: number, r: { courses: number }) => n + r.courses, 0));
    const csv = await req('viewer', 'GET', `/api/trn/summary.csv?year=${Y}`);
    expect(csv.body.startsWith('\uFEFF培训类别,')).toBe(true);
    expect(csv.body).toContain('高素质农民培训,1,2,8,4,3,75');
    expect(csv.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`培训记录汇总-${Y}`)}`,
    );
    const xlsx = await req('viewer', 'GET', `/api/trn/summary.xlsx?year=${Y}`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const empty = (await req('viewer', 'GET', '/api/trn/summary?year=2001')).json();
    expect(empty.total.courses).toBe(0);
    expect((await req('analyst', 'GET', `/api/trn/summary?year=${Y}`)).statusCode).toBe(403);
  });

  it('refuses corrections once the year’s statistics are accepted', async () => {
    const c = (await req('kexie', 'POST', '/api/trn/courses', base())).json();
    const old = await req('kexie', 'POST', `/api/trn/courses/${c.id}/sessions`, {
      startsOn: `${Y - 1}-05-01`,
      endsOn: `${Y - 1}-05-01`,
      hours: 2,
      mode: 'online',
    });
    expect(old.statusCode).toBe(201);
    const closed = await req('kexie', 'PATCH', `/api/trn/courses/${c.id}`, { title: '改名' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error).toMatchObject({ code: 'trn.year_closed_conflict', details: { year: Y - 1 } });
    expect((await req('kexie', 'GET', `/api/trn/courses/${c.id}`)).json()).toMatchObject({
      closed: true,
      canEdit: false,
    });
  });
});
