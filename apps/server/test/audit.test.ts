// The audit log as the office reads it: every stored code is one the web app labels, people come with their name and
// unit, records with their name in words, the demo data's history is there (by "demo"), and the filters work.
import { type AuditItem, auditActions, auditEntities } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

interface Page {
  total: number;
  items: AuditItem[];
}

describe.each(engines)('audit log on $name', ({ open }) => {
  let t: TestApp;
  let eduId: number;
  const page = async (query: string) => {
    const res = await t.as('office', { method: 'GET', url: `/api/audit?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };
  beforeAll(async () => {
    t = await startTestApp(open);
    const units = (await t.as(null, { method: 'GET', url: '/api/plans/current/units' })).json() as {
      id: number;
      name: string;
    }[];
    eduId = units.find((u) => u.name === '市教育局')?.id as number;
  });
  afterAll(() => t?.close());

  it('holds the demo data’s history, by the demo data, with each report named by its task and unit', async () => {
    const demo = await page('actor=demo&action=acc.report.accept&limit=5');
    expect(demo.total).toBeGreaterThan(100);
    const [first] = demo.items;
    expect(first).toMatchObject({ actor: { username: 'demo', name: null }, entity: 'acc_report' });
    expect(first.subject.name).toMatch(/\p{Script=Han}/u);
    expect(first.subject.unit).toMatch(/\p{Script=Han}/u);
    const accepted = await page('actor=demo&action=indicators.report.accept&limit=1');
    expect(accepted.total).toBeGreaterThan(0);
    expect(accepted.items[0].subject.unit).toMatch(/\p{Script=Han}/u);
  });

  it('names the public services’ records in words: a contest and a quiz item by their title, a team by its name', async () => {
    for (const entity of ['contest', 'contest_item', 'vol_team']) {
      const { items } = await page(`actor=demo&entity=${entity}&limit=1`);
      expect(items.length, entity).toBe(1);
      expect(items[0]?.subject.name, entity).toMatch(/\p{Script=Han}/u);
    }
  });

  it('reads the demo’s history in order: the plan imported first, each report dated by the day it describes', async () => {
    const { total } = await page('actor=demo&limit=1');
    const [oldest] = (await page(`actor=demo&limit=1&offset=${total - 1}`)).items;
    expect(oldest?.action).toBe('plan.import');
    const [accept] = (await page('actor=demo&action=indicators.report.accept&limit=1')).items;
    const [year, unitId] = String(accept?.entityId).split('/');
    const report = await t.as('office', { method: 'GET', url: `/api/indicators/reports/${year}/${unitId}` });
    // the acceptance, its lock notice and the report's history agree on the day, two days after it was submitted
    const { report: filed, events } = report.json();
    expect(accept?.at).toBe(filed.lock.at);
    expect(events.find((e: { action: string }) => e.action === 'accept').at).toBe(filed.lock.at);
    expect(new Date(filed.lock.at).getTime() - new Date(filed.submittedAt).getTime()).toBe(
      2 * 86_400_000 + 5 * 3_600_000,
    );
    expect(new Date(oldest?.at as string).getTime()).toBeLessThan(new Date(accept?.at as string).getTime());
  });

  it('stores only action and record codes the web app has words for', async () => {
    const seen = new Set<string>();
    const { total } = await page('limit=1');
    for (let offset = 0; offset < total; offset += 200)
      for (const e of (await page(`limit=200&offset=${offset}`)).items) seen.add(`${e.action} ${e.entity}`);
    const actions = new Set<string>(auditActions);
    const entities = new Set<string>(auditEntities);
    const unknown = [...seen].filter((k) => !actions.has(k.split(' ')[0]) || !entities.has(k.split(' ')[1]));
    expect(unknown).toEqual([]);
    expect(seen.size).toBeGreaterThan(3);
  });

  it('records a sign-in and sign-out with the person’s name and unit, and filters by person', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'edu', password: 'kepu-liaison-2025' },
    });
    const cookie = `kepu_session=${login.cookies.find((c) => c.name === 'kepu_session')?.value}`;
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    const mine = await page('actor=edu&limit=200');
    expect(mine.items.length).toBeGreaterThan(1);
    expect(new Set(mine.items.map((e) => e.actor.username))).toEqual(new Set(['edu']));
    expect(mine.items.slice(0, 2).map((e) => e.action)).toEqual(['auth.logout', 'auth.login']);
    expect(mine.items[0]).toMatchObject({
      actor: { name: '市教育局 联络员', unit: '市教育局' },
      subject: { name: '市教育局 联络员' },
    });
  });

  it('filters by unit (its people and its reports), by action and by days', async () => {
    const unit = await page(`unit=${eduId}&limit=200`);
    expect(unit.total).toBeGreaterThan(0);
    for (const e of unit.items)
      expect(e.actor.unit === '市教育局' || e.subject.unit === '市教育局', JSON.stringify(e)).toBe(true);
    const returns = await page('action=acc.report.return&limit=200');
    expect(returns.total).toBeGreaterThan(0);
    expect(new Set(returns.items.map((e) => e.action))).toEqual(new Set(['acc.report.return']));
    const day = returns.items[0].at;
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(day));
    const thatDay = await page(`action=acc.report.return&from=${local}&to=${local}&limit=200`);
    expect(thatDay.total).toBeGreaterThan(0);
    expect(thatDay.total).toBeLessThan(returns.total);
    for (const e of thatDay.items)
      expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(e.at))).toBe(
        local,
      );
  });

  it('names a filter it cannot use', async () => {
    const action = await t.as('office', { method: 'GET', url: '/api/audit?action=acc.report.eat' });
    expect(action.statusCode).toBe(400);
    expect(action.json().error.details.issues[0].path).toBe('querystring.action');
    const reversed = await t.as('office', { method: 'GET', url: '/api/audit?from=2026-03-02&to=2026-03-01' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details.issues[0]).toMatchObject({
      path: 'querystring.to',
      code: 'audit.dates_reversed',
    });
    const date = await t.as('office', { method: 'GET', url: '/api/audit?from=2026-02-30' });
    expect(date.json().error.details.issues[0].path).toBe('querystring.from');
  });
});
