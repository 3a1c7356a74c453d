// The satisfaction survey after an activity, on each engine: closed before the first session starts and 30 days after
// the last ends; anonymous answers through the open link, one answer per ticket; bad answers named by field; staff
// read means, spreads and comments without anyone's name; every answer audited.
import { zonedClock } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const DAY = 86_400_000;

describe.each(engines)('activity satisfaction survey on $name', ({ open }) => {
  let t: TestApp;
  let at: Date | null = null;
  let id: number;
  let sessionId: number;
  const start = new Date(Date.now() + 2 * DAY);
  const end = new Date(start.getTime() + 2 * 3_600_000);
  const pub = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.as(null, { method, url, ...(payload && { payload }) });
  const answer = (extra: object = {}) =>
    pub('POST', `/api/pub/activities/${id}/feedback`, { overall: 5, content: 4, organisation: 3, ...extra });

  beforeAll(async () => {
    t = await startTestApp(open, { clock: zonedClock('Asia/Shanghai', () => at ?? new Date()) });
    const made = await t.as('office', {
      method: 'POST',
      url: '/api/svc/activities',
      payload: {
        title: '科学用药讲座（评价测试）',
        organiser: '市科协',
        areaCode: '211103',
        address: '兴隆台区社区活动中心',
        type: 'lecture',
        targetGroups: ['elderly'],
        mode: 'offline',
        sessions: [{ startsAt: start.toISOString(), endsAt: end.toISOString(), capacity: 50 }],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    id = made.json().id;
    sessionId = made.json().sessions[0].id;
  });
  afterAll(() => t?.close());

  it('has no survey for a draft, and none before the activity starts', async () => {
    expect((await pub('GET', `/api/pub/activities/${id}/feedback`)).statusCode).toBe(404);
    for (const move of ['submit', 'approve', 'publish'])
      expect(
        (await t.as('office', { method: 'POST', url: `/api/svc/activities/${id}/moves`, payload: { move } }))
          .statusCode,
      ).toBe(200);
    expect((await pub('GET', `/api/pub/activities/${id}/feedback`)).json()).toMatchObject({
      state: 'not_yet',
      activity: { title: '科学用药讲座（评价测试）' },
      opensAt: start.toISOString(),
    });
    const early = await answer();
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'svc.feedback.closed_conflict']);
  });

  it('takes anonymous answers and one per ticket once the activity has begun, naming a bad field', async () => {
    const reg = await pub('POST', '/api/pub/registrations', {
      sessionId,
      name: '评价测试人',
      phone: '13900001111',
      targetGroup: 'elderly',
    });
    expect(reg.statusCode).toBe(201);
    const { token } = reg.json();
    at = new Date(start.getTime() + 3_600_000);
    expect((await pub('GET', `/api/pub/activities/${id}/feedback`)).json().state).toBe('open');

    expect((await answer({ recommend: true, comment: '讲得很清楚，希望多办。' })).statusCode).toBe(201);
    expect(
      (await answer({ overall: 2, content: 2, organisation: 1, recommend: false, token })).statusCode,
    ).toBe(201);
    const again = await answer({ token });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'svc.feedback.answered_conflict']);
    const stranger = await answer({ token: 'AAAAAAAAAAAAAAAA' });
    expect([stranger.statusCode, stranger.json().error.details.issues[0].path]).toEqual([400, 'body.token']);
    for (const [bad, field] of [
      [{ overall: 6 }, 'body.overall'],
      [{ content: undefined }, 'body.content'],
      [{ comment: '长'.repeat(501) }, 'body.comment'],
      [{ name: '张三' }, 'body'],
    ] as const) {
      const r = await answer(bad);
      expect(r.statusCode, JSON.stringify(bad)).toBe(400);
      expect(r.json().error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    expect(
      (
        await pub('POST', `/api/pub/activities/${id + 999}/feedback`, {
          overall: 5,
          content: 5,
          organisation: 5,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('shows staff the count, means, spreads and comments, never who answered; the public may not read them', async () => {
    expect((await pub('GET', `/api/svc/activities/${id}/feedback`)).statusCode).toBe(401);
    const r = await t.as('office', { method: 'GET', url: `/api/svc/activities/${id}/feedback` });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      answers: 2,
      fromTickets: 1,
      questions: [
        { key: 'overall', mean: 3.5, spread: [0, 1, 0, 0, 1] },
        { key: 'content', mean: 3, spread: [0, 1, 0, 1, 0] },
        { key: 'organisation', mean: 2, spread: [1, 0, 1, 0, 0] },
      ],
      recommend: { yes: 1, no: 1 },
      comments: [{ text: '讲得很清楚，希望多办。', overall: 5 }],
    });
    expect(r.body).not.toContain('评价测试人');
    expect(r.body).not.toContain('13900001111');
    const audit = (
      await t.as('office', { method: 'GET', url: '/api/audit?entity=svc_feedback&limit=20' })
    ).json().items as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['svc.feedback.create', 'svc.feedback.create']);
  });

  it('closes 30 days after the last session ends', async () => {
    at = new Date(end.getTime() + 30 * DAY - 60_000);
    expect((await pub('GET', `/api/pub/activities/${id}/feedback`)).json().state).toBe('open');
    at = new Date(end.getTime() + 30 * DAY + 60_000);
    expect((await pub('GET', `/api/pub/activities/${id}/feedback`)).json().state).toBe('closed');
    const late = await answer();
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'svc.feedback.closed_conflict']);
    at = null;
  });
});
