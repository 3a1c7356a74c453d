// Public services over HTTP on each engine: an activity through its whole workflow (who may make which move), public
// registration with no overbooking under 50 parallel requests for the last seats, the waitlist in arrival order and
// a freed seat offered at once, check-in by nonce (a single scan, then 2,000 queued scans with duplicates synced
// twice, a ticket cancelled after the offline device cached the door list), walk-ins (an offline count sent twice),
// self check-in by an open event's poster and the summary's headcount on the ledger, the ledger's figures equal to
// the form's pre-fill, and the registrations' personal data cleared after the retention.
import { inUseCase } from '@kepu/db';
import { register } from '@kepu/domain/services';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runServicesPurgeJob } from '../src/services/purge-job.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const Y = new Date().getUTCFullYear() - 1;
const at = (d: string) => new Date(`${Y}-${d}Z`);

describe.each(engines)('public services on $name', ({ open }) => {
  let t: TestApp;
  let campaignId: number;
  let activityId: number;
  let sessionId: number;
  let bigSessionId: number;
  let results: { id: number; status: string; token: string }[] = [];
  let guardianToken = '';
  const realNow = () => new Date();
  const setNow = (d: Date) => {
    t.app.kepu.clock.now = () => d;
  };
  const pub = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload && { payload }) });
  const person = (i: number, extra: object = {}) => ({
    sessionId,
    name: `市民${i}`,
    phone: `139${String(i).padStart(8, '0')}`,
    targetGroup: i % 3 === 0 ? 'elderly' : 'public',
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp(open);
    setNow(at('08-01T02:00:00'));
  });
  afterAll(async () => {
    if (t) t.app.kepu.clock.now = realNow;
    await t?.close();
  });

  it('files an activity of the 市科协 in a science-week campaign and walks it to published', async () => {
    const c = await t.as('office', {
      method: 'POST',
      url: '/api/svc/campaigns',
      payload: {
        name: `${Y}年科技活动周（测试）`,
        kind: 'science_week',
        startsOn: `${Y}-09-01`,
        endsOn: `${Y}-09-30`,
      },
    });
    expect(c.statusCode, c.body).toBe(201);
    campaignId = c.json().id;
    const body = {
      title: '天文讲座：看懂星空',
      campaignId,
      organiser: '市科协',
      areaCode: '211103',
      address: '兴隆台区科普馆报告厅',
      coordinates: { lng: 122.07, lat: 41.12, system: 'gcj02' },
      type: 'lecture',
      targetGroups: ['youth', 'elderly', 'public'],
      mode: 'offline',
      sessions: [
        { startsAt: `${Y}-09-20T01:00:00Z`, endsAt: `${Y}-09-20T03:00:00Z`, capacity: 30 },
        { startsAt: `${Y}-09-21T01:00:00Z`, endsAt: `${Y}-09-21T03:00:00Z`, capacity: 250 },
      ],
      form: [{ key: 'school', label: '学校', personal: true, required: false }],
    };
    const viewer = await t.as('viewer', { method: 'POST', url: '/api/svc/activities', payload: body });
    expect(viewer.statusCode).toBe(403);
    const bad = await t.as('kexie', {
      method: 'POST',
      url: '/api/svc/activities',
      payload: { ...body, areaCode: '999999' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('body.areaCode');
    const made = await t.as('kexie', { method: 'POST', url: '/api/svc/activities', payload: body });
    expect(made.statusCode, made.body).toBe(201);
    activityId = made.json().id;
    expect(made.json()).toMatchObject({
      state: 'draft',
      coordinates: { system: 'gcj02' },
      moves: ['submit', 'cancel'],
    });
    [sessionId, bigSessionId] = made.json().sessions.map((s: { id: number }) => s.id);

    const move = (who: string, m: string) =>
      t.as(who, { method: 'POST', url: `/api/svc/activities/${activityId}/moves`, payload: { move: m } });
    expect((await move('kexie', 'publish')).statusCode).toBe(409);
    expect((await move('kexie', 'submit')).json().state).toBe('submitted');
    // a liaison may not approve; a district admin of another area may not either
    expect((await move('kexie', 'approve')).statusCode).toBe(403);
    expect((await move('dawa', 'approve')).statusCode).toBe(403);
    expect((await move('office', 'approve')).json().state).toBe('approved');
    const published = (await move('kexie', 'publish')).json();
    expect(published.state).toBe('published');
    expect(published.events.map((e: { toState: string }) => e.toState)).toEqual([
      'draft',
      'submitted',
      'approved',
      'published',
    ]);
  });

  it('lists the published activity publicly, by area, campaign and audience', async () => {
    const list = (
      await pub('GET', `/api/pub/activities?area=211103&campaign=${campaignId}&audience=elderly`)
    ).json();
    expect(list.map((a: { id: number }) => a.id)).toContain(activityId);
    expect(
      (await pub('GET', '/api/pub/activities?area=211104')).json().map((a: { id: number }) => a.id),
    ).not.toContain(activityId);
    const farmers = (await pub('GET', '/api/pub/activities?audience=farmers')).json() as {
      id: number;
      targetGroups: string[];
    }[];
    expect(farmers.map((a) => a.id)).not.toContain(activityId);
    for (const a of farmers) expect(a.targetGroups).toContain('farmers');
  });

  it('never overbooks: 50 parallel registrations for the last 5 seats seat 5 and waitlist 45 in arrival order', async () => {
    for (let i = 0; i < 25; i++)
      expect((await pub('POST', '/api/pub/registrations', person(i))).json().status).toBe('confirmed');
    const all = await Promise.all(
      Array.from({ length: 50 }, (_, k) => pub('POST', '/api/pub/registrations', person(100 + k))),
    );
    expect(all.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    results = all.map((r) => r.json() as { id: number; status: string; token: string });
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(5);
    expect(results.filter((r) => r.status === 'waitlisted')).toHaveLength(45);
    const session = (await pub('GET', `/api/pub/activities/${activityId}`)).json().sessions[0];
    expect(session).toMatchObject({ capacity: 30, taken: 30, left: 0 });
    // everyone seated registered before everyone waiting
    const seated = Math.max(...results.filter((r) => r.status === 'confirmed').map((r) => r.id));
    const waiting = results.filter((r) => r.status === 'waitlisted').map((r) => r.id);
    expect(Math.min(...waiting)).toBeGreaterThan(seated);
  });

  it('cancels in one tap and offers the freed seat to the earliest on the waitlist at once', async () => {
    const byId = [...results].sort((a, b) => a.id - b.id);
    const seated = byId.filter((r) => r.status === 'confirmed');
    const waiting = byId.filter((r) => r.status === 'waitlisted');
    expect((await pub('GET', `/api/pub/tickets/${waiting[1]?.token}`)).json().waitlistPosition).toBe(2);
    const cancelled = await pub('POST', `/api/pub/tickets/${seated[0]?.token}/cancel`);
    expect(cancelled.json().registration.status).toBe('cancelled');
    expect((await pub('GET', `/api/pub/tickets/${waiting[0]?.token}`)).json().registration.status).toBe(
      'confirmed',
    );
    const next = (await pub('GET', `/api/pub/tickets/${waiting[1]?.token}`)).json();
    expect(next).toMatchObject({ registration: { status: 'waitlisted' }, waitlistPosition: 1 });
    expect((await pub('GET', `/api/pub/activities/${activityId}`)).json().sessions[0]).toMatchObject({
      taken: 30,
    });
    // a second tap changes nothing
    expect(
      (await pub('POST', `/api/pub/tickets/${seated[0]?.token}/cancel`)).json().registration.status,
    ).toBe('cancelled');
    expect((await pub('GET', `/api/pub/tickets/${waiting[1]?.token}`)).json().registration.status).toBe(
      'waitlisted',
    );
    const door = (await t.as('kexie', { method: 'GET', url: `/api/svc/sessions/${sessionId}/door` })).json();
    expect(door.registrations[0].phone).toMatch(/^139\*{4}\d{4}$/);
  });

  it('seats a guardian with accompanying minors together, and refuses a bad phone naming the field', async () => {
    const g = (
      await pub('POST', '/api/pub/registrations', { ...person(900, { minors: 2 }), sessionId: bigSessionId })
    ).json();
    expect(g.status).toBe('confirmed');
    expect((await pub('GET', `/api/pub/tickets/${g.token}`)).json().session).toMatchObject({ taken: 3 });
    const bad = await pub('POST', '/api/pub/registrations', { ...person(901), phone: '12345' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('body.phone');
    guardianToken = g.token;
  });

  it('checks a ticket in once by its scan nonce: the same nonce again is replayed, another scan a duplicate', async () => {
    setNow(at('09-21T01:10:00'));
    const scan = (nonce: string, token: string) =>
      t.as('kexie', {
        method: 'POST',
        url: `/api/svc/sessions/${bigSessionId}/scans`,
        payload: { nonce, token, scannedAt: `${Y}-09-21T01:10:00.000Z` },
      });
    expect((await scan('nonce-one-1', guardianToken)).json()).toMatchObject({
      result: 'checked_in',
      minors: 2,
    });
    expect((await scan('nonce-one-1', guardianToken)).json().result).toBe('replayed');
    expect((await scan('nonce-one-2', guardianToken)).json().result).toBe('duplicate');
    expect((await scan('nonce-one-3', 'AAAAAAAAAAAAAAAA')).json().result).toBe('unknown');
    expect((await scan('nonce-one-4', results[0]?.token ?? '')).json().result).toBe('wrong_session');
    expect(
      (
        await t.as('edu', {
          method: 'POST',
          url: `/api/svc/sessions/${bigSessionId}/scans`,
          payload: { nonce: 'nonce-edu-1', token: guardianToken, scannedAt: `${Y}-09-21T01:10:00.000Z` },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('syncs 2,000 queued offline scans with duplicates once: a second sync of the same scans counts nothing', async () => {
    setNow(at('09-01T01:00:00'));
    const tokens: string[] = [];
    for (let i = 0; i < 200; i++) {
      const r = await inUseCase(t.handle.db, null, t.app.kepu.clock, (ctx) =>
        register(ctx, { ...person(2000 + i), sessionId: bigSessionId, minors: 0, answers: {} } as Parameters<
          typeof register
        >[1]),
      );
      tokens.push(r.token);
    }
    setNow(at('09-21T02:00:00'));
    const scans = Array.from({ length: 2000 }, (_, k) => ({
      nonce: `offline-${k}`,
      token: tokens[k % 200] as string,
      scannedAt: new Date(Date.parse(`${Y}-09-21T01:00:00Z`) + k * 1000).toISOString(),
    }));
    const sync = () =>
      t.as('kexie', { method: 'POST', url: `/api/svc/sessions/${bigSessionId}/sync`, payload: { scans } });
    const first = await sync();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().counts).toEqual({ checkedIn: 200, duplicates: 1800, replayed: 0, other: 0 });
    expect(first.json().outcomes[0]).toMatchObject({ nonce: 'offline-0', result: 'checked_in' });
    expect(first.json().outcomes[200]).toMatchObject({ nonce: 'offline-200', result: 'duplicate' });
    const again = (await sync()).json();
    expect(again.counts).toEqual({ checkedIn: 0, duplicates: 0, replayed: 2000, other: 0 });
  });

  it('gives the door list each ticket’s hash for the offline device, and names a ticket cancelled after caching', async () => {
    setNow(at('09-01T01:00:00'));
    const late = (
      await pub('POST', '/api/pub/registrations', { ...person(3000), sessionId: bigSessionId })
    ).json();
    const door = (
      await t.as('kexie', { method: 'GET', url: `/api/svc/sessions/${bigSessionId}/door` })
    ).json();
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(late.token).digest('hex');
    expect(door.registrations.find((r: { ticketHash: string }) => r.ticketHash === hash)).toMatchObject({
      name: '市民3000',
      status: 'confirmed',
    });
    // the device went offline with that list; meanwhile the citizen cancelled, then staff scanned the ticket
    await pub('POST', `/api/pub/tickets/${late.token}/cancel`);
    setNow(at('09-21T02:30:00'));
    const r = await t.as('kexie', {
      method: 'POST',
      url: `/api/svc/sessions/${bigSessionId}/sync`,
      payload: {
        scans: [{ nonce: 'offline-late-1', token: late.token, scannedAt: `${Y}-09-21T02:20:00.000Z` }],
      },
    });
    expect(r.json()).toMatchObject({
      counts: { checkedIn: 0, other: 1 },
      outcomes: [{ result: 'not_confirmed', name: '市民3000' }],
    });
  });

  it('lets a visitor check in by the poster while the session runs, once per phone, on the ledger as a headcount', async () => {
    const self = (id: number, payload: object) =>
      pub('POST', `/api/pub/sessions/${id}/self-check-in`, payload);
    const visitor = { nonce: 'self-phone-0001', targetGroup: 'workers', minors: 1 };
    setNow(at('09-20T23:30:00'));
    expect((await self(bigSessionId, visitor)).statusCode).toBe(409);
    setNow(at('09-21T00:30:00'));
    expect((await self(bigSessionId, visitor)).json()).toEqual({ counted: 2, replayed: false });
    expect((await self(bigSessionId, visitor)).json()).toEqual({ counted: 0, replayed: true });
    const bad = await self(bigSessionId, { ...visitor, nonce: 'self-phone-0002', targetGroup: 'aliens' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('body.targetGroup');
    // the first session ended the day before
    expect((await self(sessionId, { ...visitor, nonce: 'self-phone-0003' })).statusCode).toBe(409);
  });

  it('counts walk-ins by group, completes, files the summary and on acceptance puts its headcount on the ledger', async () => {
    const walkIns = () =>
      t.as('kexie', {
        method: 'POST',
        url: `/api/svc/sessions/${bigSessionId}/walk-ins`,
        payload: {
          counts: { elderly: 7, youth: 3 },
          nonce: 'walkin-offline-1',
          countedAt: `${Y}-09-21T02:10:00.000Z`,
        },
      });
    expect((await walkIns()).json()).toEqual({ recorded: 10, replayed: false });
    // the offline app sends its queued count again after a lost answer: counted once
    expect((await walkIns()).json()).toEqual({ recorded: 0, replayed: true });
    const move = (who: string, payload: object) =>
      t.as(who, { method: 'POST', url: `/api/svc/activities/${activityId}/moves`, payload });
    expect((await move('kexie', { move: 'complete' })).json().state).toBe('completed');
    const noSummary = await move('kexie', { move: 'summarise' });
    expect(noSummary.statusCode).toBe(400);
    expect(noSummary.json().error.details.issues[0].path).toBe('body.summary');
    const summary = {
      headcount: { farmers: 40, public: 12 },
      evidence: ['现场照片 12 张'],
      mediaLinks: ['https://example.org/news/1'],
    };
    expect((await move('kexie', { move: 'summarise', summary })).json().state).toBe('summary_submitted');
    expect((await move('kexie', { move: 'accept' })).statusCode).toBe(403);
    expect((await move('office', { move: 'accept', note: '材料齐全' })).json().state).toBe('accepted');
  });

  it('gives the plan figures from the ledger: held, by group, by district and per 10,000 residents', async () => {
    const f = await t.as('viewer', { method: 'GET', url: `/api/svc/ledger/figures?year=${Y}` });
    expect(f.statusCode, f.body).toBe(200);
    const body = f.json();
    const xl = body.districts.find((d: { areaCode: string }) => d.areaCode === '211103');
    // check-ins: guardian (3) + 200 tickets; walk-ins 10; a self check-in with a child 2; summary 52
    expect(xl.participants).toBe(3 + 200 + 10 + 2 + 52);
    expect(xl.byGroup).toMatchObject({ farmers: 40, youth: 3, workers: 2 });
    expect(xl.held).toBe(1);
    expect(body.total.participants).toBeGreaterThanOrEqual(xl.participants);
    if (xl.population) expect(xl.per10k).toBeCloseTo((xl.participants / xl.population) * 10000, 1);
    expect(
      (await t.as('analyst', { method: 'GET', url: `/api/svc/ledger/figures?year=${Y}` })).statusCode,
    ).toBe(403);
  });

  it('reports the campaign by district, type and activity as the ledger counts it, to Excel and on a map', async () => {
    const r = await t.as('viewer', { method: 'GET', url: `/api/svc/campaigns/${campaignId}/report` });
    expect(r.statusCode, r.body).toBe(200);
    const report = r.json();
    const figures = (
      await t.as('viewer', { method: 'GET', url: `/api/svc/ledger/figures?year=${Y}&campaign=${campaignId}` })
    ).json();
    // every activity of this campaign is in the year: the same figures as the ledger's for that year
    expect(report.districts).toEqual(figures.districts);
    expect(report.total.participants).toBe(figures.total.participants);
    const xl = report.districts.find((d: { areaCode: string }) => d.areaCode === '211103');
    expect(report.activities).toEqual([
      expect.objectContaining({ id: activityId, state: 'accepted', participants: xl.participants }),
    ]);
    expect(report.byType).toEqual([
      { type: report.activities[0].type, activities: 1, held: 1, participants: xl.participants },
    ]);

    const file = await t.as('viewer', { method: 'GET', url: `/api/svc/campaigns/${campaignId}/report.xlsx` });
    expect(file.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按地区', '按类型', '活动清单']);
    const rows = wb.getWorksheet('按地区')?.getSheetValues() as unknown[][];
    const row = rows.find((x) => x?.[1] === '兴隆台区');
    expect(row?.[3]).toBe(xl.participants);
    expect(String(rows[1]?.[1])).toContain('活动报告');

    const map = await t.as('viewer', { method: 'GET', url: `/api/svc/campaigns/${campaignId}/map.svg` });
    expect(map.headers['content-type']).toContain('image/svg+xml');
    expect(map.body).toContain(`${xl.participants} 人次`);
    expect(map.body).toContain('无参加记录');
    expect(
      (await t.as('analyst', { method: 'GET', url: `/api/svc/campaigns/${campaignId}/report` })).statusCode,
    ).toBe(403);
    expect(
      (await t.as('viewer', { method: 'GET', url: '/api/svc/campaigns/999999/report' })).statusCode,
    ).toBe(404);
  });

  it('pre-fills the 科普统计 form with the same figures, and keeps the reason for a corrected one', async () => {
    const units = (await t.as('office', { method: 'GET', url: `/api/indicators/units` })).json() as {
      id: number;
      name: string;
      areaCode: string;
    }[];
    const unit = units.find((u) => u.name === '市科协' && u.areaCode === '211100');
    expect(unit).toBeDefined();
    const pre = (await t.as('kexie', { method: 'GET', url: `/api/svc/prefill/${Y}/${unit?.id}` })).json() as {
      item: string;
      option: string;
      value: number;
    }[];
    const cell = (item: string, option = '') =>
      pre.find((c) => c.item === item && c.option === option)?.value;
    const figures = (
      await t.as('office', { method: 'GET', url: `/api/svc/ledger/figures?year=${Y}&campaign=${campaignId}` })
    ).json();
    expect(cell('A01')).toBe(figures.total.held);
    expect(cell('A04')).toBe(figures.total.held);
    expect(cell('A041')).toBe(figures.total.participants);
    const byGroup = figures.total.byGroup as Record<string, number>;
    expect(cell('A011', 'elderly')).toBe(byGroup.elderly);
    expect(cell('A011', 'farmers')).toBe(byGroup.farmers);
    expect(cell('A011', 'other')).toBe(byGroup.public);
    // within the filing window: a figure other than the ledger's needs a reason
    setNow(new Date(`${Y + 1}-02-01T02:00:00Z`));
    const url = `/api/svc/prefill/${Y}/${unit?.id}`;
    const noReason = await t.as('kexie', {
      method: 'POST',
      url,
      payload: { cells: [{ item: 'A01', option: '', value: 2 }] },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.issues[0].path).toBe('body.cells.0.reason');
    const ok = await t.as('kexie', {
      method: 'POST',
      url,
      payload: {
        cells: [
          { item: 'A01', option: '', value: 2, reason: '另有一场讲座未在平台登记' },
          { item: 'A041', option: '', value: cell('A041') ?? 0 },
        ],
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const a01 = ok.json().find((c: { item: string }) => c.item === 'A01');
    expect(a01).toMatchObject({
      value: 1,
      filed: 2,
      note: { suggested: 1, value: 2, reason: '另有一场讲座未在平台登记' },
    });
  });

  it('voids a ledger entry with a reason (never deletes it) and the figures leave it out', async () => {
    const entries = (
      await t.as('office', { method: 'GET', url: `/api/svc/ledger/entries?year=${Y}&area=211103` })
    ).json();
    const farmers = entries.find(
      (e: { kind: string; targetGroup: string }) => e.kind === 'headcount' && e.targetGroup === 'farmers',
    );
    const noReason = await t.as('office', {
      method: 'POST',
      url: `/api/svc/ledger/entries/${farmers.id}/void`,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    const v = await t.as('office', {
      method: 'POST',
      url: `/api/svc/ledger/entries/${farmers.id}/void`,
      payload: { reason: '重复填报' },
    });
    expect(v.json()).toMatchObject({ voidReason: '重复填报' });
    const after = (
      await t.as('office', { method: 'GET', url: `/api/svc/ledger/entries?year=${Y}&area=211103` })
    ).json();
    expect(after.find((e: { id: number }) => e.id === farmers.id).voidReason).toBe('重复填报');
    const f = (await t.as('office', { method: 'GET', url: `/api/svc/ledger/figures?year=${Y}` })).json();
    expect(f.districts.find((d: { areaCode: string }) => d.areaCode === '211103').byGroup.farmers).toBe(0);
  });

  it('clears registrations’ names, phones and answers once the retention has run out, and the figures stay', async () => {
    const before = (await t.as('office', { method: 'GET', url: `/api/svc/ledger/figures?year=${Y}` })).json();
    setNow(at('10-01T00:00:00'));
    expect(await runServicesPurgeJob(t.app)).toEqual([]);
    setNow(new Date(`${Y + 2}-01-01T00:00:00Z`));
    const done = await runServicesPurgeJob(t.app);
    expect(done.find((d) => d.activityId === activityId)?.cleared).toBeGreaterThan(200);
    expect(await runServicesPurgeJob(t.app)).toEqual([]);
    // the activity is accepted, so its door list is closed: the rows are read directly
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from svc_registrations r
      join svc_sessions s on s.id = r.session_id
      where s.activity_id = ${activityId} and (r.name <> '' or r.phone <> '' or r.answers <> '{}'::jsonb)`.execute(
      t.handle.db,
    );
    expect(rows[0]?.n).toBe(0);
    const after = (await t.as('office', { method: 'GET', url: `/api/svc/ledger/figures?year=${Y}` })).json();
    expect(after.total).toEqual(before.total);
  });
});
