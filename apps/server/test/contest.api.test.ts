// Quizzes and contests over HTTP on each engine, with the live layer on Redis when REDIS_URL is set (a key prefix of
// its own) else in-process: items reviewed before they are drawn, a paper scored by the contest's policy, a late
// answer refused by the server's clock, a second submit refused, the leaderboards equal to a recount from the
// database, anti-cheat signals flagged for review (the score untouched), and participation in the ledger by district.
import { randomBytes } from 'node:crypto';
import { useCaseContext } from '@kepu/db';
import { recountBoard } from '@kepu/domain/contest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const redis = process.env.REDIS_URL
  ? { url: process.env.REDIS_URL, prefix: `test:${randomBytes(4).toString('hex')}:` }
  : undefined;

describe.each(engines)(`contests on $name (live layer: ${redis ? 'Redis' : 'in-process'})`, ({ open }) => {
  let t: TestApp;
  let contestId: number;
  let timedId: number;
  const itemIds: number[] = [];
  const T0 = new Date('2026-10-10T02:00:00Z');
  const setNow = (d: Date) => {
    t.app.kepu.clock.now = () => d;
  };
  const pub = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload && { payload }) });
  const player = (i: number, extra: object = {}) => ({
    name: `张${i}明`,
    phone: `138${String(i).padStart(8, '0')}`,
    unit: i % 2 ? '大洼区第一高级中学' : '盘山县科协',
    areaCode: i % 2 ? '211104' : '211122',
    targetGroup: 'farmers',
    device: `device-${String(i).padStart(4, '0')}`,
    ...extra,
  });
  /** the right answers of a paper, by item id (the office reads the bank) */
  let answers = new Map<number, number[]>();
  const sheet = (items: { id: number }[], right: number) =>
    items.map((it, k) => (k < right ? (answers.get(it.id) as number[]) : [3]));

  beforeAll(async () => {
    t = await startTestApp(open, { ...(redis && { redis }) });
    setNow(T0);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps drafts out of papers: only approved items are drawn, and a liaison may not add items', async () => {
    const kinds = ['single', 'multiple', 'truefalse'] as const;
    for (let k = 0; k < 9; k++) {
      const kind = kinds[k % 3] as (typeof kinds)[number];
      const r = await t.as('office', {
        method: 'POST',
        url: '/api/contest/items',
        payload: {
          kind,
          stem: `题目${k}：水稻插秧后多久需要晒田？`,
          options: kind === 'truefalse' ? ['对', '错'] : ['一周', '两周', '一个月', '三个月'],
          answer: kind === 'multiple' ? [0, 1] : [k % 2],
          topic: k < 6 ? '农业' : '健康',
          difficulty: k % 2 ? 'hard' : 'easy',
          targetGroups: ['farmers'],
          explanation: '分蘖末期晒田。',
        },
      });
      expect(r.statusCode, r.body).toBe(201);
      itemIds.push(r.json().id);
    }
    const denied = await t.as('edu', { method: 'POST', url: '/api/contest/items', payload: {} });
    expect(denied.statusCode).toBe(403);
    const bad = await t.as('office', {
      method: 'POST',
      url: '/api/contest/items',
      payload: {
        kind: 'single',
        stem: 'x',
        options: ['a', 'b'],
        answer: [5],
        topic: 't',
        difficulty: 'easy',
        targetGroups: ['farmers'],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('body.answer');
    // the last item stays a draft
    for (const id of itemIds.slice(0, 8)) {
      const r = await t.as('office', {
        method: 'POST',
        url: `/api/contest/items/${id}/review`,
        payload: { review: 'approved' },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    const bank = (await t.as('office', { method: 'GET', url: '/api/contest/items' })).json();
    answers = new Map(bank.map((i: { id: number; answer: number[] }) => [i.id, i.answer]));
  });

  it('creates an untimed contest and a timed round with their rules as data', async () => {
    const base = {
      opensAt: '2026-10-10T00:00:00Z',
      closesAt: '2026-10-20T00:00:00Z',
      areaCode: '211100',
      targetGroups: ['farmers', 'elderly'],
      rules: [
        { topic: '农业', count: 4 },
        { topic: '健康', count: 3 },
      ],
      scoring: { points: { easy: 5, medium: 10, hard: 10 }, partial: 0.5 },
      attemptCap: 2,
    };
    const c = await t.as('office', {
      method: 'POST',
      url: '/api/contest/contests',
      payload: { ...base, title: '农技知识竞赛（适老版）', mode: 'untimed' },
    });
    expect(c.statusCode, c.body).toBe(201);
    contestId = c.json().id;
    const timed = await t.as('office', {
      method: 'POST',
      url: '/api/contest/contests',
      payload: { ...base, title: '限时赛', mode: 'timed', timeLimit: 60 },
    });
    expect(timed.statusCode, timed.body).toBe(201);
    timedId = timed.json().id;
    const noLimit = await t.as('office', {
      method: 'POST',
      url: '/api/contest/contests',
      payload: { ...base, title: '限时赛', mode: 'timed' },
    });
    expect(noLimit.json().error.details.issues[0].path).toBe('body.timeLimit');
  });

  it('draws 4 + 2 items (the draft is never drawn), scores by the policy, refuses a second submit', async () => {
    const s = await pub('POST', `/api/pub/contests/${contestId}/attempts`, player(1));
    expect(s.statusCode, s.body).toBe(201);
    const paper = s.json();
    expect(paper.items).toHaveLength(6);
    expect(paper.items.map((i: { id: number }) => i.id)).not.toContain(itemIds[8]);
    expect(paper.items[0]).not.toHaveProperty('answer');
    expect(paper.deadline).toBeNull();
    setNow(new Date(T0.getTime() + 600_000)); // untimed: ten minutes are fine
    const all = sheet(paper.items, 6);
    const r = await pub('POST', `/api/pub/attempts/${paper.token}/submit`, { answers: all });
    expect(r.statusCode, r.body).toBe(200);
    const expected = paper.items.reduce(
      (n: number, i: { difficulty: string }) => n + (i.difficulty === 'hard' ? 10 : 5),
      0,
    );
    expect(r.json()).toMatchObject({ score: expected, correct: 6 });
    expect(r.json().items[0].explanation).toBe('分蘖末期晒田。');
    const again = await pub('POST', `/api/pub/attempts/${paper.token}/submit`, { answers: all });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('contest.attempt.submitted_conflict');
  });

  it('refuses by eligibility and by the cap', async () => {
    const youth = await pub(
      'POST',
      `/api/pub/contests/${contestId}/attempts`,
      player(2, { targetGroup: 'youth' }),
    );
    expect(youth.json().error.details.issues[0]).toMatchObject({
      path: 'body.targetGroup',
      code: 'contest.group_ineligible',
    });
    const elsewhere = await pub(
      'POST',
      `/api/pub/contests/${contestId}/attempts`,
      player(2, { areaCode: '210100' }),
    );
    expect(elsewhere.statusCode).toBe(400);
    expect((await pub('POST', `/api/pub/contests/${contestId}/attempts`, player(1))).statusCode).toBe(201);
    const third = await pub('POST', `/api/pub/contests/${contestId}/attempts`, player(1));
    expect(third.statusCode).toBe(409);
    expect(third.json().error.code).toBe('contest.cap_conflict');
  });

  it('refuses an answer sheet that comes after the deadline by the server clock', async () => {
    setNow(T0);
    const s = (await pub('POST', `/api/pub/contests/${timedId}/attempts`, player(3))).json();
    expect(Date.parse(s.deadline) - T0.getTime()).toBe(60_000);
    setNow(new Date(T0.getTime() + 64_000));
    const late = await pub('POST', `/api/pub/attempts/${s.token}/submit`, { answers: sheet(s.items, 6) });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('contest.attempt.late_conflict');
    const s2 = (await pub('POST', `/api/pub/contests/${timedId}/attempts`, player(3))).json();
    setNow(new Date(T0.getTime() + 64_000 + 62_000)); // inside the grace of three seconds
    expect(
      (await pub('POST', `/api/pub/attempts/${s2.token}/submit`, { answers: sheet(s2.items, 3) })).statusCode,
    ).toBe(200);
  });

  it('flags impossible speed and many players on one device for review, scores untouched', async () => {
    setNow(T0);
    const tokens: { token: string; items: { id: number }[] }[] = [];
    for (let i = 10; i < 14; i++)
      tokens.push(
        (
          await pub(
            'POST',
            `/api/pub/contests/${contestId}/attempts`,
            player(i, { device: 'shared-phone-1' }),
          )
        ).json(),
      );
    setNow(new Date(T0.getTime() + 5_000)); // six items in five seconds
    for (const p of tokens) {
      const r = await pub('POST', `/api/pub/attempts/${p.token}/submit`, { answers: sheet(p.items, 6) });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json().correct).toBe(6);
    }
    const d = (await t.as('office', { method: 'GET', url: `/api/contest/contests/${contestId}` })).json();
    const kinds = d.flags.map((f: { kind: string }) => f.kind);
    expect(kinds.filter((k: string) => k === 'speed')).toHaveLength(4);
    expect(kinds).toContain('device');
    expect(d.flags[0].maskedName).toMatch(/^张\*+明$/);
    const f = d.flags[0];
    const decided = await t.as('office', {
      method: 'POST',
      url: `/api/contest/flags/${f.id}/decide`,
      payload: { decision: 'cleared', note: '同一家人共用手机' },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(
      (
        await t.as('viewer', {
          method: 'POST',
          url: `/api/contest/flags/${f.id}/decide`,
          payload: { decision: 'confirmed', note: 'x' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('answers 40 players in parallel and keeps the live leaderboards equal to a recount from the database', async () => {
    setNow(T0);
    const starts = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        pub('POST', `/api/pub/contests/${contestId}/attempts`, player(100 + i)),
      ),
    );
    setNow(new Date(T0.getTime() + 120_000));
    const subs = await Promise.all(
      starts.map((s, i) =>
        pub('POST', `/api/pub/attempts/${s.json().token}/submit`, { answers: sheet(s.json().items, i % 7) }),
      ),
    );
    expect(subs.every((r) => r.statusCode === 200)).toBe(true);
    for (const by of ['person', 'unit', 'district'] as const) {
      const live = (await pub('GET', `/api/pub/contests/${contestId}/board?by=${by}`)).json();
      const recount = await recountBoard(
        useCaseContext(t.handle.db, null, t.app.kepu.clock),
        contestId,
        by,
        20,
      );
      expect(live.map((r: { label: string; score: number }) => [r.label, r.score])).toEqual(
        recount.map((r) => [r.label, r.score]),
      );
    }
    const district = (await pub('GET', `/api/pub/contests/${contestId}/board?by=district`)).json();
    expect(district.map((r: { label: string }) => r.label).sort()).toEqual(['大洼区', '盘山县']);
  });

  it('counts each submitted paper in the participation ledger by district', async () => {
    const f = (await t.as('office', { method: 'GET', url: '/api/svc/ledger/figures?year=2026' })).json();
    const rows = f.districts as { areaName: string; participants: number; byGroup: Record<string, number> }[];
    const d = (await t.as('office', { method: 'GET', url: `/api/contest/contests/${contestId}` })).json();
    const submitted = d.participation.reduce((n: number, p: { attempts: number }) => n + p.attempts, 0);
    const quiz = rows.reduce((n, r) => n + r.byGroup.farmers, 0);
    expect(quiz).toBeGreaterThanOrEqual(submitted);
    const played = d.participation.filter((p: { attempts: number }) => p.attempts > 0);
    expect(played.map((p: { districtName: string }) => p.districtName).sort()).toEqual(['大洼区', '盘山县']);
  });
});
