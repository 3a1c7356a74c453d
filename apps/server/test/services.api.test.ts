// Public services over HTTP on each engine: an activity through its whole workflow (who may make which move), public
// registration with no overbooking under 50 parallel requests for the last seats, the waitlist in arrival order and
// a freed seat offered at once, check-in by nonce (a single scan, then 2,000 queued scans with duplicates synced
// twice), walk-ins and the summary's headcount on the ledger, and the ledger's figures equal to the form's pre-fill.
import { inUseCase } from '@kepu/db';
import { register } from '@kepu/domain/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      payload: { name: `${Y}年科技活动周（测试）`, kind: 'science_week', startsOn: `${Y}-09-01`, endsOn: `${Y}-09-30` },
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
    const bad = await t.as('kexie', { method: 'POST', url: '/api/svc/activities', payload: { ...body, areaCode: '999999' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('body.areaCode');
    const made = await t.as('kexie', { method: 'POST', url: '/api/svc/activities', payload: body });
    expect(made.statusCode, made.body).toBe(201);
    activityId = made.json().id;
    expect(made.json()).toMatchObject({ state: 'draft', coordinates: { system: 'gcj02' }, moves: ['submit', 'cancel'] });
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
    expect(published.events.map((e: { toState: string }) => e.toState)).toEqual(['draft', 'submitted', 'approved', 'published']);
  });

  it('lists the published activity publicly, by area, campaign and audience', async () => {
    const list = (await pub('GET', `/api/pub/activities?area=211103&campaign=${campaignId}&audience=elderly`)).json();
    expect(list.map((a: { id: number }) => a.id)).toContain(activityId);
    expect((await pub('GET', '/api/pub/activities?area=211104')).json().map((a: { id: number }) => a.id)).not.toContain(
      activityId,
    );
    expect((await pub('GET', '/api/pub/activities?audience=farmers')).json()).toEqual([]);
  });

  it('never overbooks: 50 parallel registrations for the last 5 seats seat 5 and waitlist 45 in arrival order', async () => {
    for (let i = 0; i < 25; i++) expect((await pub('POST', '/api/pub/registrations', person(i))).json().status).toBe('confirmed');
    const all = await Promise.all(Array.from({ length: 50 }, (_, k) => pub('POST', '/api/pub/registrations', person(100 + k))));
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
    expect((await pub('GET', `/api/pub/tickets/${waiting[0]?.token}`)).json().registration.status).toBe('confirmed');
    const next = (await pub('GET', `/api/pub/tickets/${waiting[1]?.token}`)).json();
    expect(next).toMatchObject({ registration: { status: 'waitlisted' }, waitlistPosition: 1 });
    expect((await pub('GET', `/api/pub/activities/${activityId}`)).json().sessions[0]).toMatchObject({ taken: 30 });
    // a second tap changes nothing
    expect((await pub('POST', `/api/pub/tickets/${seated[0]?.token}/cancel`)).json().registration.status).toBe('cancelled');
    expect((await pub('GET', `/api/pub/tickets/${waiting[1]?.token}`)).json().registration.status).toBe('waitlisted');
    const door = (await t.as('kexie', { method: 'GET', url: `/api/svc/sessions/${sessionId}/door` })).json();
    expect(door.registrations[0].phone).toMatch(/^139\*{4}\d{4}$/);
  });

  it('seats a guardian with accompanying minors together, and refuses a bad phone naming the field', async () => {
    const g = (await pub('POST', '/api/pub/registrations', { ...person(900, { minors: 2 }), sessionId: bigSessionId })).json();
    expect(g.status).toBe('confirmed');
    expect((await pub('GET', `/api/pub/tickets/${g.token}`)).json().session).toMatchObject({ taken: 3 });
    const bad = await pub('POST', '/api/pub/registrations', { ...person(901), phone: '12345' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('body.phone');
    guardianToken = g.token;
  });
});
