// An empty statistics form is not submitted as "passing every rule" (issue 10, point 11): a rule with no figures is not
// checked, so the server refuses a report with nothing filled in, 400 naming the form's items; one figure (0 counts)
// and the report goes through its rules as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorDemoAccounts } from '../src/indicators/demo-seed.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = new Date().getUTCFullYear() - 1;

describe.each(engines)('submitting an empty statistics form on $name', ({ open }) => {
  let t: TestApp;
  let cookie: string;
  let url: (suffix: string) => string;
  const as = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: path,
      headers: { cookie },
      ...(payload ? { payload: payload as never } : {}),
    });

  beforeAll(async () => {
    t = await startTestApp(open);
    cookie = await t.login(indicatorDemoAccounts[0].username);
    const units = (await as('GET', '/api/indicators/units')).json() as { id: number }[];
    url = (suffix) => `/api/indicators/reports/${YEAR}/${units[0].id}${suffix}`;
  });
  afterAll(() => t?.close());

  it('refuses a form with no figure, naming its items, and leaves the report to fill', async () => {
    const before = (await as('GET', url(''))).json();
    expect(before.values.filter((v: { value: unknown }) => v.value !== null)).toEqual([]);
    expect(before.violations).toEqual([]);
    const res = await as('POST', url('/submit'), {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('indicators.report_empty');
    const issues = res.json().error.details.issues as { path: string; code: string; item: string }[];
    expect(issues.length).toBeGreaterThan(10);
    expect(issues[0]).toMatchObject({ path: 'values.P01', code: 'ind.item.empty', item: 'P01' });
    expect(issues.map((i) => i.item)).toContain('F01');
    expect((await as('GET', url(''))).json().report.state).not.toBe('submitted');
  });

  it('takes the report once a figure is in it (0 counts as filled)', async () => {
    expect((await as('PUT', url('/values'), { values: [{ item: 'P01', value: 0 }] })).statusCode).toBe(200);
    const ok = await as('POST', url('/submit'), {});
    expect([ok.statusCode, ok.json().state]).toEqual([200, 'submitted']);
  });
});
