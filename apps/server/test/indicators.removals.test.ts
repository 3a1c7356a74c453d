// Removing a wrongly entered literacy value (the office) and a school (the schools' keepers) over HTTP on each engine:
// 401 without a session, 403 for others, 404 for an unknown id, 400 for a bad id, the row gone and an audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

type Kpi = { id: number; year: number; areaCode: string; option: string; value: number };
type School = { id: number; name: string; areaCode: string };

describe.each(engines)('removing literacy values and schools on $name', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(() => t?.close());
  const del = (user: string | null, url: string) => t.as(user, { method: 'DELETE', url });
  const audit = async (entity: string) =>
    (await t.as('office', { method: 'GET', url: `/api/audit?entity=${entity}` })).json().items[0];

  it('lets the office delete a literacy value; the list no longer shows it, audited', async () => {
    const payload = {
      code: 'K_LITERACY',
      year: 2024,
      areaCode: '211104',
      option: 'rural',
      value: 7.7,
      sourceKind: 'published',
      citation: '大洼区公民科学素质调查公报(录入有误)',
    };
    expect((await t.as('office', { method: 'POST', url: '/api/indicators/kpi', payload })).statusCode).toBe(200);
    const list: Kpi[] = (await t.as(null, { method: 'GET', url: '/api/indicators/kpi' })).json();
    const row = list.find((k) => k.year === 2024 && k.areaCode === '211104' && k.option === 'rural');
    expect(row?.value).toBe(7.7);
    const url = `/api/indicators/kpi/${row?.id}`;
    expect((await del(null, url)).statusCode).toBe(401);
    expect((await del('viewer', url)).statusCode).toBe(403);
    expect((await del('dawa', url)).statusCode).toBe(403);
    expect((await del('edu', url)).statusCode).toBe(403);
    expect((await del('office', '/api/indicators/kpi/999999')).statusCode).toBe(404);
    const bad = await del('office', '/api/indicators/kpi/abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('params.id');
    const ok = await del('office', url);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().some((k: Kpi) => k.id === row?.id)).toBe(false);
    const after: Kpi[] = (await t.as(null, { method: 'GET', url: '/api/indicators/kpi' })).json();
    expect(after).toHaveLength(list.length - 1);
    expect(await audit('indicator_kpi')).toMatchObject({
      actor: { username: 'office' },
      action: 'indicators.kpi.delete',
      entityId: 'K_LITERACY/2024/211104/rural',
      before: { value: 7.7, citation: payload.citation },
    });
    expect((await del('office', url)).statusCode).toBe(404);
  });

  it('lets the education bureau delete a school; the counsellor share follows, audited', async () => {
    const schools: School[] = (await t.as('viewer', { method: 'GET', url: '/api/indicators/schools' })).json();
    const added = await t.as('edu', {
      method: 'POST',
      url: '/api/indicators/schools',
      payload: { name: '测试重复录入小学', areaCode: '211104', level: 'primary', urbanRural: 'rural', counsellors: 0 },
    });
    expect(added.statusCode).toBe(200);
    const school = (added.json() as School[]).find((s) => s.name === '测试重复录入小学');
    const dawaSchools = async (): Promise<number> =>
      (await t.as(null, { method: 'GET', url: '/api/indicators/targets' }))
        .json()
        .counsellorShareByArea.find((x: { area: string }) => x.area === '211104').schools;
    const withExtra = await dawaSchools();
    const url = `/api/indicators/schools/${school?.id}`;
    expect((await del(null, url)).statusCode).toBe(401);
    expect((await del('viewer', url)).statusCode).toBe(403);
    expect((await del('kexie', url)).statusCode).toBe(403);
    expect((await del('dawa', url)).statusCode).toBe(403);
    expect((await del('edu', '/api/indicators/schools/999999')).statusCode).toBe(404);
    expect((await del('edu', '/api/indicators/schools/0')).statusCode).toBe(400);
    const ok = await del('edu', url);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toHaveLength(schools.length);
    expect(ok.json().some((s: School) => s.id === school?.id)).toBe(false);
    expect(await dawaSchools()).toBe(withExtra - 1);
    expect(await audit('indicator_school')).toMatchObject({
      actor: { username: 'edu' },
      action: 'indicators.school.delete',
      entityId: String(school?.id),
      before: { name: '测试重复录入小学', area_code: '211104' },
    });
    const office = await del('office', `/api/indicators/schools/${schools[0].id}`);
    expect(office.statusCode).toBe(200);
  });
});
