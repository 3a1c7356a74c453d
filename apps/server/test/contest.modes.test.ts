// The contest's further modes over HTTP on each engine, with the live layer on Redis when REDIS_URL is set (a key
// prefix of its own) else in-process: a speed bonus in the scoring policy (timed by the server, never untimed);
// image items (PNG or JPEG by their first bytes, alt text required, served to players at a stable cached URL); team
// contests (teams joined by code or choice, the live team board equal to a recount from the database).
import { randomBytes } from 'node:crypto';
import { useCaseContext } from '@kepu/db';
import { recountBoard } from '@kepu/domain/contest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, multipart, PDF, startTestApp, type TestApp } from './harness.ts';

/** a 1×1 PNG */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const redis = process.env.REDIS_URL
  ? { url: process.env.REDIS_URL, prefix: `test:${randomBytes(4).toString('hex')}:` }
  : undefined;

describe.each(engines)(
  `contest modes on $name (live layer: ${redis ? 'Redis' : 'in-process'})`,
  ({ open }) => {
    let t: TestApp;
    const T0 = new Date('2026-10-10T02:00:00Z');
    const setNow = (d: Date) => {
      t.app.kepu.clock.now = () => d;
    };
    const at = (seconds: number) => setNow(new Date(T0.getTime() + seconds * 1000));
    const pub = (method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({ method, url, ...(payload && { payload }) });
    const player = (i: number, extra: object = {}) => ({
      name: `李${i}华`,
      phone: `139${String(i).padStart(8, '0')}`,
      unit: i % 2 ? '大洼区第一高级中学' : '盘山县科协',
      areaCode: i % 2 ? '211104' : '211122',
      targetGroup: 'farmers',
      device: `dev-modes-${String(i).padStart(4, '0')}`,
      ...extra,
    });
    let answers = new Map<number, number[]>();
    /** the right answer to the first `right` items, a wrong one to the rest */
    const sheet = (items: { id: number }[], right: number) =>
      items.map((it, k) => (k < right ? (answers.get(it.id) as number[]) : [3]));
    const base = {
      opensAt: '2026-10-10T00:00:00Z',
      closesAt: '2026-10-20T00:00:00Z',
      areaCode: '211100',
      targetGroups: ['farmers'],
      rules: [{ topic: '模式测试', count: 3 }],
      attemptCap: 5,
    };
    const scoring = (speedBonus: object | null) => ({
      points: { easy: 10, medium: 10, hard: 10 },
      partial: 0.5,
      speedBonus,
    });
    const create = (payload: object) =>
      t.as('office', { method: 'POST', url: '/api/contest/contests', payload: { ...base, ...payload } });
    const play = async (contestId: number, i: number, seconds: number, right: number) => {
      at(0);
      const s = await pub('POST', `/api/pub/contests/${contestId}/attempts`, player(i));
      expect(s.statusCode, s.body).toBe(201);
      at(seconds);
      const r = await pub('POST', `/api/pub/attempts/${s.json().token}/submit`, {
        answers: sheet(s.json().items, right),
      });
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as { score: number; correct: number; items: { points: number }[] };
    };

    beforeAll(async () => {
      t = await startTestApp(open, { ...(redis && { redis }) });
      setNow(T0);
      for (let k = 0; k < 3; k++) {
        const r = await t.as('office', {
          method: 'POST',
          url: '/api/contest/items',
          payload: {
            kind: 'single',
            stem: `模式测试题${k}：水稻何时晒田？`,
            options: ['分蘖末期', '抽穗期', '灌浆期', '成熟期'],
            answer: [0],
            topic: '模式测试',
            difficulty: 'easy',
            targetGroups: ['farmers'],
          },
        });
        expect(r.statusCode, r.body).toBe(201);
        await t.as('office', {
          method: 'POST',
          url: `/api/contest/items/${r.json().id}/review`,
          payload: { review: 'approved' },
        });
      }
      const bank = (await t.as('office', { method: 'GET', url: '/api/contest/items' })).json();
      answers = new Map(bank.map((i: { id: number; answer: number[] }) => [i.id, i.answer]));
    });
    afterAll(async () => {
      await t?.close();
    });

    describe('speed bonus', () => {
      it('refuses a bonus in an untimed contest, and one without seconds in a daily practice, naming the field', async () => {
        const untimed = await create({
          title: '适老版',
          mode: 'untimed',
          scoring: scoring({ bonusPoints: 5 }),
        });
        expect(untimed.statusCode).toBe(400);
        expect(untimed.json().error.details.issues[0]).toMatchObject({
          path: 'body.scoring.speedBonus',
          code: 'contest.speed_bonus_untimed',
        });
        const daily = await create({
          title: '每日一练',
          mode: 'daily',
          scoring: scoring({ bonusPoints: 5 }),
        });
        expect(daily.json().error.details.issues[0]).toMatchObject({
          path: 'body.scoring.speedBonus.bonusSeconds',
          code: 'contest.speed_bonus_seconds',
        });
      });

      it('gives a fast right answer more than a slow one, a wrong one nothing, by the server clock', async () => {
        const c = await create({
          title: '限时抢答',
          mode: 'timed',
          timeLimit: 100,
          scoring: scoring({ bonusPoints: 10, bonusSeconds: null }),
        });
        expect(c.statusCode, c.body).toBe(201);
        const id = c.json().id;
        const listed = (await pub('GET', '/api/pub/contests'))
          .json()
          .find((x: { id: number }) => x.id === id);
        expect(listed.speedBonus).toEqual({ bonusPoints: 10, bonusSeconds: null });
        const fast = await play(id, 1, 10, 3); // 10 of 100 s: 9 extra per right item
        const slow = await play(id, 2, 90, 3); // 90 of 100 s: 1 extra
        expect(fast.score).toBe(3 * (10 + 9));
        expect(slow.score).toBe(3 * (10 + 1));
        const mixed = await play(id, 3, 10, 2);
        expect(mixed.correct).toBe(2);
        expect(mixed.items.map((i) => i.points).sort()).toEqual([0, 19, 19]);
      });

      it('gives no bonus in an untimed contest however fast', async () => {
        const c = await create({ title: '适老版', mode: 'untimed', scoring: scoring(null) });
        expect(c.statusCode, c.body).toBe(201);
        expect((await play(c.json().id, 4, 10, 3)).score).toBe(30);
      });
    });

    describe('image items', () => {
      const upload = (who: string, name: string, data: Buffer) =>
        t.as(who, { method: 'POST', url: '/api/contest/images', ...multipart(name, data) });
      const item = (image: object | null) => ({
        kind: 'truefalse',
        stem: '图中的标志表示“当心触电”。',
        options: ['对', '错'],
        answer: [0],
        topic: '图片题',
        difficulty: 'easy',
        targetGroups: ['farmers'],
        image,
      });

      it('takes a PNG from the office, refuses a file that is not an image naming the field, and a viewer', async () => {
        const r = await upload('office', '标志.png', PNG);
        expect(r.statusCode, r.body).toBe(201);
        expect(r.json()).toMatchObject({ contentType: 'image/png', bytes: PNG.length });
        const fake = await upload('office', '标志.png', PDF);
        expect(fake.statusCode).toBe(400);
        expect(fake.json().error.details.issues[0]).toMatchObject({
          path: 'file',
          code: 'contest.image.type_refused',
        });
        expect((await upload('viewer', 'a.png', PNG)).statusCode).toBe(403);
        const audit = (
          await t.as('office', { method: 'GET', url: '/api/audit?entity=contest_image' })
        ).json();
        expect(audit.items.map((a: { action: string }) => a.action)).toContain('contest.image.upload');
      });

      it("needs the alt text and an uploaded image, then serves the image of a paper's item to players", async () => {
        const img = (await upload('office', 'sign.jpg', PNG)).json();
        const noAlt = await t.as('office', {
          method: 'POST',
          url: '/api/contest/items',
          payload: item({ id: img.id, alt: ' ' }),
        });
        expect(noAlt.statusCode).toBe(400);
        expect(noAlt.json().error.details.issues[0].path).toBe('body.image.alt');
        const unknown = await t.as('office', {
          method: 'POST',
          url: '/api/contest/items',
          payload: item({ id: 999_999, alt: '黄色三角形中的闪电标志' }),
        });
        expect(unknown.json().error.details.issues[0]).toMatchObject({
          path: 'body.image.id',
          code: 'contest.image.unknown',
        });
        const made = await t.as('office', {
          method: 'POST',
          url: '/api/contest/items',
          payload: item({ id: img.id, alt: '黄色三角形中的闪电标志' }),
        });
        expect(made.statusCode, made.body).toBe(201);
        // a draft's image is not public yet; staff see it
        expect((await pub('GET', img.url)).statusCode).toBe(404);
        const staff = await t.as('viewer', { method: 'GET', url: `/api/contest/images/${img.id}` });
        expect(staff.statusCode).toBe(200);
        await t.as('office', {
          method: 'POST',
          url: `/api/contest/items/${made.json().id}/review`,
          payload: { review: 'approved' },
        });
        const c = await create({
          title: '安全标志识别',
          mode: 'untimed',
          rules: [{ topic: '图片题', count: 1 }],
          scoring: scoring(null),
        });
        expect(c.statusCode, c.body).toBe(201);
        at(0);
        const paper = (await pub('POST', `/api/pub/contests/${c.json().id}/attempts`, player(20))).json();
        expect(paper.items[0].image).toEqual({ url: img.url, alt: '黄色三角形中的闪电标志' });
        const served = await pub('GET', paper.items[0].image.url);
        expect(served.statusCode).toBe(200);
        expect(served.headers['content-type']).toBe('image/png');
        expect(served.headers['cache-control']).toContain('immutable');
        expect(served.rawPayload.equals(PNG)).toBe(true);
      });
    });

    describe('team contests', () => {
      let id: number;
      let teams: { id: number; name: string; code: string }[] = [];

      it('has teams added by the office (audited, each with a code), refused without a name', async () => {
        const c = await create({
          title: '村际团体赛',
          mode: 'untimed',
          scoring: scoring(null),
          teamMode: true,
        });
        expect(c.statusCode, c.body).toBe(201);
        id = c.json().id;
        const blank = await t.as('office', {
          method: 'POST',
          url: `/api/contest/contests/${id}/teams`,
          payload: { areaCode: '211104' },
        });
        expect(blank.json().error.details.issues[0].path).toBe('body.name');
        for (const [name, areaCode] of [
          ['大洼区一队', '211104'],
          ['大洼区二队', '211104'],
          ['盘山县队', '211122'],
        ]) {
          const r = await t.as('office', {
            method: 'POST',
            url: `/api/contest/contests/${id}/teams`,
            payload: { name, unit: '示例村委会', areaCode },
          });
          expect(r.statusCode, r.body).toBe(201);
          expect(r.json().code).toMatch(/^[A-Z2-9]{6}$/);
        }
        const twice = await t.as('office', {
          method: 'POST',
          url: `/api/contest/contests/${id}/teams`,
          payload: { name: '盘山县队', areaCode: '211122' },
        });
        expect(twice.json().error.details.issues[0]).toMatchObject({
          path: 'body.name',
          code: 'contest.team.name_taken',
        });
        expect(
          (
            await t.as('viewer', {
              method: 'POST',
              url: `/api/contest/contests/${id}/teams`,
              payload: { name: 'x', areaCode: '211122' },
            })
          ).statusCode,
        ).toBe(403);
        teams = (await t.as('viewer', { method: 'GET', url: `/api/contest/contests/${id}/teams` })).json();
        expect(teams).toHaveLength(3);
        const shown = (await pub('GET', `/api/pub/contests/${id}/teams`)).json();
        expect(shown[0]).not.toHaveProperty('code');
        const audit = (await t.as('office', { method: 'GET', url: '/api/audit?entity=contest_team' })).json();
        expect(
          audit.items.filter((a: { action: string }) => a.action === 'contest.team.create'),
        ).toHaveLength(3);
      });

      it('refuses a start without a team or with a wrong code, naming the field', async () => {
        at(0);
        const none = await pub('POST', `/api/pub/contests/${id}/attempts`, player(30));
        expect(none.json().error.details.issues[0]).toMatchObject({
          path: 'body.teamId',
          code: 'contest.team.required',
        });
        const wrong = await pub(
          'POST',
          `/api/pub/contests/${id}/attempts`,
          player(30, { teamCode: 'ZZZZZZ' }),
        );
        expect(wrong.json().error.details.issues[0]).toMatchObject({
          path: 'body.teamCode',
          code: 'contest.team.unknown',
        });
      });

      it('keeps the live team board (sum of members’ best scores) equal to a recount from the database', async () => {
        at(0);
        // 24 players, by code or by choice; some play twice (only their best counts)
        const starts = await Promise.all(
          Array.from({ length: 24 }, (_, i) => {
            const team = teams[i % 3] as { id: number; code: string };
            const how = i % 2 ? { teamCode: team.code.toLowerCase() } : { teamId: team.id };
            return pub('POST', `/api/pub/contests/${id}/attempts`, player(40 + (i % 18), how));
          }),
        );
        expect(starts.map((s) => s.statusCode)).toEqual(starts.map(() => 201));
        at(120);
        const subs = await Promise.all(
          starts.map((s, i) =>
            pub('POST', `/api/pub/attempts/${s.json().token}/submit`, {
              answers: sheet(s.json().items, i % 4),
            }),
          ),
        );
        expect(subs.every((r) => r.statusCode === 200)).toBe(true);
        const board = (await pub('GET', `/api/pub/contests/${id}/board?by=team`)).json();
        const recount = await recountBoard(
          useCaseContext(t.handle.db, null, t.app.kepu.clock),
          id,
          'team',
          20,
        );
        expect(board.map((r: { label: string; score: number }) => [r.label, r.score])).toEqual(
          recount.map((r) => [r.label, r.score]),
        );
        expect(board.map((r: { label: string }) => r.label).sort()).toEqual([
          '大洼区一队',
          '大洼区二队',
          '盘山县队',
        ]);
        expect(board.reduce((n: number, r: { score: number }) => n + r.score, 0)).toBeGreaterThan(0);
      });
    });
  },
);
