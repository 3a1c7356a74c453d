// The filing window opens at local midnight (Asia/Shanghai, UTC+8), not at UTC midnight: over HTTP on each engine,
// a unit saves at 00:30 Beijing time on the window's first day (16:30 UTC the day before) and is refused at 23:30
// Beijing time the day before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorDemoAccounts } from '../src/indicators/demo-seed.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = new Date().getUTCFullYear() - 1;
const OPENS = `${YEAR + 2}-03-01`;

describe.each(engines)('the filing window in Beijing time on $name', ({ open }) => {
  let t: TestApp;
  let unitId = 0;
  let liaison = '';
  const realNow = () => new Date();
  const at = (iso: string) => {
    t.app.kepu.clock.now = () => new Date(iso);
  };
  const save = (value: number) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/indicators/reports/${YEAR}/${unitId}/values`,
      headers: { cookie: liaison },
      payload: { values: [{ item: 'P01', value }] },
    });

  beforeAll(async () => {
    t = await startTestApp(open);
    const a = indicatorDemoAccounts[0];
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.username, password: a.password },
    });
    liaison = `kepu_session=${res.cookies.find((c) => c.name === 'kepu_session')?.value}`;
    const units = (
      await t.app.inject({ method: 'GET', url: '/api/indicators/units', headers: { cookie: liaison } })
    ).json() as { id: number }[];
    unitId = units[0].id;
    const window = await t.as('office', {
      method: 'PUT',
      url: `/api/indicators/reports/${YEAR}/${unitId}/window`,
      payload: { opensOn: OPENS, dueOn: `${YEAR + 2}-06-30` },
    });
    expect(window.json()).toMatchObject({ opensOn: OPENS, state: 'open' });
  });
  afterAll(async () => {
    if (t) t.app.kepu.clock.now = realNow;
    await t?.close();
  });

  it('refuses a save at 23:30 Beijing time the day before the window opens, naming the opening day', async () => {
    at(`${YEAR + 2}-02-28T15:30:00Z`); // 2 月 28 日 23:30 in Beijing
    const res = await save(5);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'indicators.window_not_open',
      message: `filing opens on ${OPENS}`,
      details: { opensOn: OPENS, today: `${YEAR + 2}-02-28` },
    });
    const submit = await t.app.inject({
      method: 'POST',
      url: `/api/indicators/reports/${YEAR}/${unitId}/submit`,
      headers: { cookie: liaison },
      payload: {},
    });
    expect(submit.json().error.code).toBe('indicators.window_not_open');
  });

  it('accepts a save at 00:30 Beijing time on the first day, while it is still the day before in UTC', async () => {
    at(`${YEAR + 2}-02-28T16:30:00Z`); // 3 月 1 日 00:30 in Beijing
    const res = await save(6);
    expect(res.statusCode).toBe(200);
    expect(res.json().report.state).toBe('draft');
    expect(res.json().values).toEqual(
      expect.arrayContaining([expect.objectContaining({ item: 'P01', value: 6 })]),
    );
  });
});
