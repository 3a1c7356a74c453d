// What the office's contest pages need, on each engine: the item bank filtered (kind, difficulty, group, words), an
// item edited (back to draft, audited) with a blank form refused field by field, players' error reports resolved, a
// contest edited (what decides a paper fixed once one is drawn), and a contest's results, participation of every
// district and the districts map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

describe.each(engines)('the contests for the office on $name', ({ open }) => {
  let t: TestApp;
  const T0 = new Date('2026-10-10T02:00:00Z');
  const get = (who: string, url: string) => t.as(who, { method: 'GET', url });
  const send = (who: string, method: 'POST' | 'PUT', url: string, payload: object) =>
    t.as(who, { method, url, payload });
  const item = {
    kind: 'single',
    stem: '秸秆还田有什么好处？',
    options: ['增加土壤有机质', '增加病虫害', '没有作用'],
    answer: [0],
    topic: '农业技术',
    difficulty: 'medium',
    targetGroups: ['farmers'],
    explanation: '秸秆还田可培肥地力。',
  };
  const contest = {
    title: '秸秆综合利用知识赛',
    mode: 'untimed',
    opensAt: '2026-10-10T00:00:00Z',
    closesAt: '2026-10-20T00:00:00Z',
    areaCode: '211100',
    targetGroups: ['farmers'],
    rules: [{ topic: '农业技术', count: 1 }],
    attemptCap: 2,
  };
  let itemId: number;
  let contestId: number;

  beforeAll(async () => {
    t = await startTestApp(open);
    t.app.kepu.clock.now = () => T0;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('filters the bank by kind, difficulty, group, review and words in the stem', async () => {
    const r = await send('office', 'POST', '/api/contest/items', item);
    expect(r.statusCode, r.body).toBe(201);
    itemId = r.json().id;
    const ids = async (q: string) =>
      (await get('viewer', `/api/contest/items?${q}`)).json().map((i: { id: number }) => i.id);
    expect(await ids(`q=${encodeURIComponent('秸秆')}`)).toEqual([itemId]);
    expect(await ids('group=farmers&kind=single&difficulty=medium')).toContain(itemId);
    expect(await ids('kind=truefalse')).not.toContain(itemId);
    expect(await ids('difficulty=hard')).not.toContain(itemId);
    expect(await ids('group=youth')).not.toContain(itemId);
    expect(await ids('review=draft')).toContain(itemId);
    expect(await ids('review=approved')).not.toContain(itemId);
    const bad = await get('office', '/api/contest/items?kind=essay');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('querystring.kind');
  });

  it('edits an item back to draft, audited, and refuses a blank form naming each field', async () => {
    expect(
      (await send('office', 'POST', `/api/contest/items/${itemId}/review`, { review: 'approved' }))
        .statusCode,
    ).toBe(200);
    const edited = await send('office', 'PUT', `/api/contest/items/${itemId}`, {
      ...item,
      kind: 'multiple',
      answer: [0, 2],
      options: ['增加土壤有机质', '增加病虫害', '减少化肥用量'],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ kind: 'multiple', answer: [0, 2], review: 'draft' });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'contest.item.update')
      .execute();
    expect(audit).toHaveLength(1);
    const blank = await send('office', 'PUT', `/api/contest/items/${itemId}`, {
      kind: 'single',
      stem: '',
      options: [],
      answer: [],
      topic: '',
      targetGroups: [],
    });
    expect(blank.statusCode).toBe(400);
    const paths = blank.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.stem',
        'body.options',
        'body.answer',
        'body.topic',
        'body.difficulty',
        'body.targetGroups',
      ]),
    );
    expect((await send('viewer', 'PUT', `/api/contest/items/${itemId}`, item)).statusCode).toBe(403);
    expect((await send('office', 'PUT', '/api/contest/items/999999', item)).statusCode).toBe(404);
  });

  it('lists a player’s error report on its item until the office resolves it', async () => {
    await send('office', 'POST', `/api/contest/items/${itemId}/review`, { review: 'approved' });
    const report = await t.app.inject({
      method: 'POST',
      url: `/api/pub/items/${itemId}/report`,
      payload: { note: '选项三也对' },
    });
    expect(report.statusCode).toBe(204);
    const count = async () =>
      (await get('office', `/api/contest/items?q=${encodeURIComponent('秸秆')}`)).json()[0].reports;
    expect(await count()).toBe(1);
    const [open] = (await get('office', `/api/contest/items/${itemId}/reports`)).json();
    expect(open).toMatchObject({ note: '选项三也对', resolved: false });
    const url = `/api/contest/items/${itemId}/reports/${open.id}/resolve`;
    expect((await send('dawa', 'POST', url, {})).statusCode).toBe(403);
    const done = await send('office', 'POST', url, {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()[0].resolved).toBe(true);
    expect(await count()).toBe(0);
    expect((await send('office', 'POST', url, {})).statusCode).toBe(404);
  });

  it('edits a contest freely until a paper is drawn, then only its title, end and cap', async () => {
    const c = await send('office', 'POST', '/api/contest/contests', contest);
    expect(c.statusCode, c.body).toBe(201);
    contestId = c.json().id;
    const url = `/api/contest/contests/${contestId}`;
    const before = await send('office', 'PUT', url, { ...contest, mode: 'timed', timeLimit: 600 });
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({ mode: 'timed', timeLimit: 600 });
    expect((await send('office', 'PUT', url, contest)).statusCode).toBe(200);
    const start = await t.app.inject({
      method: 'POST',
      url: `/api/pub/contests/${contestId}/attempts`,
      payload: {
        name: '赵春生',
        phone: '13700000001',
        unit: '新开镇',
        areaCode: '211104',
        targetGroup: 'farmers',
        device: 'device-staff-1',
      },
    });
    expect(start.statusCode, start.body).toBe(201);
    const late = await send('office', 'PUT', url, { ...contest, rules: [{ count: 1 }] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({
      code: 'contest.started_conflict',
      details: { fields: 'rules' },
    });
    const ok = await send('office', 'PUT', url, {
      ...contest,
      title: '秸秆综合利用知识赛（延期）',
      closesAt: '2026-10-25T00:00:00Z',
      attemptCap: 3,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ attemptCap: 3, closesAt: '2026-10-25T00:00:00.000Z' });
    const blank = await send('office', 'PUT', url, { title: '', mode: 'untimed' });
    expect(blank.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['body.title', 'body.opensAt', 'body.closesAt', 'body.areaCode', 'body.rules']),
    );
    expect((await send('dawa', 'PUT', url, contest)).statusCode).toBe(403);

    const answers = [[0]];
    const sub = await t.app.inject({
      method: 'POST',
      url: `/api/pub/attempts/${start.json().token}/submit`,
      payload: { answers },
    });
    expect(sub.statusCode, sub.body).toBe(200);
  });

  it('gives a district admin the results, every district’s participation and the districts map', async () => {
    const d = (await get('dawa', `/api/contest/contests/${contestId}`)).json();
    expect(d.results).toMatchObject({
      started: 1,
      papers: 1,
      players: 1,
      byGroup: [{ group: 'farmers', papers: 1 }],
    });
    expect(d.areaName).toBe('盘锦市');
    const dawa = d.participation.find((p: { district: string }) => p.district === '211104');
    expect(dawa).toMatchObject({ districtName: '大洼区', players: 1, attempts: 1 });
    const silent = d.participation.find((p: { district: string }) => p.district === '211122');
    expect(silent).toMatchObject({ districtName: '盘山县', players: 0, attempts: 0 });
    const map = await get('viewer', `/api/contest/contests/${contestId}/map.svg`);
    expect(map.statusCode).toBe(200);
    expect(map.headers['content-type']).toContain('image/svg+xml');
    expect(map.body).toContain('大洼区');
    expect(map.body).toContain('1 人');
    expect(map.body).toContain('无人参赛');
    expect((await get('edu', `/api/contest/contests/${contestId}/map.svg`)).statusCode).toBe(403);
  });
});
