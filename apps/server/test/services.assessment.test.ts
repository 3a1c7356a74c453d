// Venues' annual assessment on each engine: the shipped scorecard (100 points); the office files a venue's self-report
// (a missing item named), its points computed from the values; the expert review grants points per item (over an item's
// maximum named) with a comment, giving the total and grade; a reviewed report cannot be refiled; nothing is public
// until the office publishes the year, then the total and grade are; a year's card is data the office may set, summing
// to 100, and fixed once a report of it is reviewed; every step audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const Y = new Date().getUTCFullYear() - 1;
/** the points the expert review grants: safety and service 6 of 10 */
const granted = {
  exhibitArea: 10,
  renewal: 9,
  openDays: 20,
  visitors: 20,
  activities: 12,
  freeShare: 8,
  service: 6,
};
const values = {
  exhibitArea: 1200,
  renewal: 9,
  openDays: 300,
  visitors: 30_000,
  activities: 24,
  freeShare: 80,
  service: 9,
};

describe.each(engines)('venue assessment on $name', ({ open }) => {
  let t: TestApp;
  let venueId: number;
  const as = (who: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.as(who, { method, url, ...(payload && { payload }) });
  const path = (r: { json(): { error: { details: { issues: { path: string }[] } } } }) =>
    r.json().error.details.issues[0]?.path;

  beforeAll(async () => {
    t = await startTestApp(open);
    venueId = (await as('office', 'GET', '/api/svc/venues'))
      .json()
      .find((v: { status: string }) => v.status === 'accredited').id;
  });
  afterAll(() => t?.close());

  it('files a self-report on the shipped card, naming a missing item, with its points from the values', async () => {
    const start = (await as('office', 'GET', `/api/svc/venue-assessment/${Y}`)).json();
    expect(start.card.items.reduce((n: number, it: { points: number }) => n + it.points, 0)).toBe(100);
    expect(start.reports).toEqual([]);
    const { visitors: _, ...short } = values;
    const missing = await as('office', 'POST', `/api/svc/venues/${venueId}/reports/${Y}`, { values: short });
    expect([missing.statusCode, path(missing)]).toEqual([400, 'body.values.visitors']);
    expect((await as(null, 'POST', `/api/svc/venues/${venueId}/reports/${Y}`, { values })).statusCode).toBe(
      401,
    );
    const filed = await as('office', 'POST', `/api/svc/venues/${venueId}/reports/${Y}`, {
      values,
      note: '全年无休',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json()).toMatchObject({
      state: 'submitted',
      selfPoints: {
        exhibitArea: 10,
        renewal: 9,
        openDays: 20,
        visitors: 12,
        activities: 12,
        freeShare: 8,
        service: 9,
      },
      selfTotal: 80,
    });
    // filed again before the review: the new values count
    const again = await as('office', 'POST', `/api/svc/venues/${venueId}/reports/${Y}`, {
      values: { ...values, visitors: 50_000 },
    });
    expect(again.json().selfTotal).toBe(88);
  });

  it('takes the expert review per item with a comment, giving the total and grade; refiling is refused then', async () => {
    const url = `/api/svc/venues/${venueId}/reports/${Y}/review`;
    const over = await as('office', 'POST', url, {
      points: { ...granted, visitors: 21 },
      comment: '现场核查',
    });
    expect([over.statusCode, path(over), over.json().error.details.issues[0].params]).toEqual([
      400,
      'body.points.visitors',
      { item: '全年接待观众', max: 20 },
    ]);
    expect(path(await as('office', 'POST', url, { points: granted, comment: ' ' }))).toBe('body.comment');
    expect((await as('kexie', 'POST', url, { points: granted, comment: '现场核查' })).statusCode).toBe(403);
    const reviewed = await as('office', 'POST', url, {
      points: granted,
      comment: '讲解员不足，安全与服务扣 4 分。',
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json()).toMatchObject({
      state: 'reviewed',
      reviewTotal: 85,
      grade: { label: { zh: '良好' } },
    });
    const refile = await as('office', 'POST', `/api/svc/venues/${venueId}/reports/${Y}`, { values });
    expect([refile.statusCode, refile.json().error.code]).toEqual([409, 'svc.venue_report.state_conflict']);
  });

  it('shows nothing in public until the office publishes the year, then the total and grade only', async () => {
    const pub = async () => (await as(null, 'GET', `/api/pub/venue-results/${Y}`)).json();
    expect(await pub()).toEqual([]);
    expect((await as('kexie', 'POST', `/api/svc/venue-assessment/${Y}/publish`)).statusCode).toBe(403);
    expect((await as('office', 'POST', `/api/svc/venue-assessment/${Y}/publish`)).json()).toEqual({
      year: Y,
      published: 1,
    });
    const results = await pub();
    expect(results).toEqual([
      { venueId, venueName: expect.any(String), total: 85, grade: { zh: '良好', en: 'Good' } },
    ]);
    // the venue's public page and the public list say it too
    const assessment = { year: Y, total: 85, grade: { zh: '良好', en: 'Good' } };
    expect((await as(null, 'GET', `/api/pub/venues/${venueId}`)).json().venue.assessment).toEqual(assessment);
    const listed = (await as(null, 'GET', '/api/pub/venues')).json() as { id: number; assessment: unknown }[];
    expect(listed.find((v) => v.id === venueId)?.assessment).toEqual(assessment);
    expect(listed.filter((v) => v.assessment).length).toBe(1);
    const again = await as('office', 'POST', `/api/svc/venue-assessment/${Y}/publish`);
    expect([again.statusCode, again.json().error.code]).toEqual([
      409,
      'svc.venue_report.none_reviewed_conflict',
    ]);
    const late = await as('office', 'POST', `/api/svc/venues/${venueId}/reports/${Y}/review`, {
      points: { ...granted, service: 10 },
      comment: '改分',
    });
    expect(late.statusCode).toBe(409);
  });

  it('keeps a year’s card as data: summing to 100, fixed once a report of it is reviewed', async () => {
    const card = (await as('office', 'GET', `/api/svc/venue-assessment/${Y}`)).json().card;
    const url = (y: number) => `/api/svc/venue-assessment/${y}/scorecard`;
    const used = await as('office', 'PUT', url(Y), card);
    expect([used.statusCode, used.json().error.code]).toEqual([409, 'svc.scorecard.in_use_conflict']);
    const next = Y + 1;
    const lopsided = {
      ...card,
      items: card.items.map((it: object, i: number) => (i ? it : { ...it, points: 20 })),
    };
    const bad = await as('office', 'PUT', url(next), lopsided);
    expect([bad.statusCode, path(bad), bad.json().error.details.issues[0].params]).toEqual([
      400,
      'body.items',
      { total: 110 },
    ]);
    const fewer = {
      ...card,
      items: card.items
        .filter((it: { key: string }) => it.key !== 'service')
        .map((it: { key: string; points: number }) => (it.key === 'openDays' ? { ...it, points: 30 } : it)),
    };
    expect((await as('kexie', 'PUT', url(next), fewer)).statusCode).toBe(403);
    expect((await as('office', 'PUT', url(next), fewer)).statusCode).toBe(200);
    const read = (await as('office', 'GET', `/api/svc/venue-assessment/${next}`)).json();
    expect(read.card.items.map((it: { key: string }) => it.key)).not.toContain('service');
    const filed = await as('office', 'POST', `/api/svc/venues/${venueId}/reports/${next}`, { values });
    expect(filed.json().selfTotal).toBe(10 + 9 + 30 + 12 + 12 + 8);
    const log = (await as('office', 'GET', '/api/audit?limit=200')).json();
    const actions = JSON.stringify(log);
    for (const a of [
      'svc.scorecard.set',
      'svc.venue_report.submit',
      'svc.venue_report.review',
      'svc.venue_report.publish',
    ])
      expect(actions).toContain(a);
  });

  it('records an on-site check as an inspection of the host unit, its findings rectification items of that unit', async () => {
    // a venue hosted by 市科协: its liaison files the report
    const units = (await as(null, 'GET', '/api/plans/current/units')).json() as {
      id: number;
      name: string;
    }[];
    const kexie = units.find((u) => u.name === '市科协')?.id;
    const made = await as('office', 'POST', '/api/svc/venues', {
      name: '盘锦市青少年科技活动中心（测试）',
      level: 'municipal',
      category: 'science_centre',
      hostUnitId: kexie,
      areaCode: '211103',
      address: '兴隆台区',
    });
    expect(made.statusCode, made.body).toBe(201);
    const hosted = made.json().id;
    const url = (v: number) => `/api/svc/venues/${v}/reports/${Y}/check`;
    const check = {
      heldOn: `${Y + 1}-03-02`,
      summary: '对照自评逐项核查。',
      findings: [{ finding: '展品更新记录不全', deadline: `${Y + 1}-04-30` }],
    };
    expect((await as('office', 'POST', url(hosted), check)).statusCode).toBe(404);
    expect((await as('kexie', 'POST', `/api/svc/venues/${hosted}/reports/${Y}`, { values })).statusCode).toBe(
      200,
    );
    expect((await as('kexie', 'POST', url(hosted), check)).statusCode).toBe(403);
    const none = await as('office', 'POST', url(venueId), check);
    expect([none.statusCode, none.json().error.code]).toEqual([409, 'svc.venue.no_host_unit_conflict']);
    const done = await as('office', 'POST', url(hosted), check);
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json()).toMatchObject({
      inspection: { title: `盘锦市青少年科技活动中心（测试） ${Y} 年度现场核查`, unitIds: [kexie] },
      rectifications: [{ finding: '展品更新记录不全', ownerUnitId: kexie, state: 'open' }],
    });
    const report = (await as('office', 'GET', `/api/svc/venue-assessment/${Y}`))
      .json()
      .reports.find((r: { venueId: number }) => r.venueId === hosted);
    expect(report.checkInspectionId).toBe(done.json().inspection.id);
    // the host unit's liaison answers the finding where rectifications are answered
    const rect = done.json().rectifications[0].id;
    const answered = await as('kexie', 'POST', `/api/acc/rectifications/${rect}/respond`, {
      response: '已补齐记录。',
    });
    expect(answered.statusCode, answered.body).toBe(200);
  });
});
