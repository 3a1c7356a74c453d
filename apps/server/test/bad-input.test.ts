// Input a client gets wrong is answered with a 4xx that names the problem, never a 500 (issue 18, point 5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

describe.each(engines)('bad input on $name', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(() => t?.close());

  it.each([
    '/api/indicators/forms/2025/items/P01',
    '/api/indicators/forms/2025/rules/R_F01_BALANCE',
    '/api/indicators/forms/2025/computed/C_PEOPLE_PER_VENUE',
    '/api/indicators/units/28',
    '/api/acc/work-items/6',
    '/api/plans/current/units/1',
  ])('PATCH %s with {} is a 400 naming the fields it takes, and changes nothing', async (url) => {
    const before = (await t.as('office', { method: 'GET', url: '/api/audit?limit=1' })).json();
    const res = await t.as('office', { method: 'PATCH', url, payload: {} });
    expect(res.statusCode).toBe(400);
    const issue = res.json().error.details.issues[0];
    expect(issue.code).toBe('validation.empty_patch');
    expect(issue.params.fields.length).toBeGreaterThan(0);
    expect((await t.as('office', { method: 'GET', url: '/api/audit?limit=1' })).json()).toEqual(before);
  });

  it('a JSON body that starts with a byte-order mark is read as JSON (Windows editors write one)', async () => {
    const res = await t.as('office', {
      method: 'PATCH',
      url: '/api/plans/current/units/1',
      headers: { 'content-type': 'application/json' },
      payload: `\ufeff${JSON.stringify({ note: '带 BOM 的备注' })}`,
    });
    expect(res.statusCode).toBe(200);
  });

  it('a body in another charset than UTF-8 is a 415 naming the charset', async () => {
    const res = await t.as('office', {
      method: 'PATCH',
      url: '/api/plans/current/units/1',
      headers: { 'content-type': 'application/json; charset=utf-' },
      payload: JSON.stringify({ note: 'x' }),
    });
    expect([res.statusCode, res.json().error.code, res.json().error.details.charset]).toEqual([
      415,
      'request.unsupported_charset',
      'utf-',
    ]);
    const utf8 = await t.as('office', {
      method: 'PATCH',
      url: '/api/plans/current/units/1',
      headers: { 'content-type': 'application/json; charset=UTF-8' },
      payload: JSON.stringify({ note: 'x' }),
    });
    expect(utf8.statusCode).toBe(200);
  });
});
