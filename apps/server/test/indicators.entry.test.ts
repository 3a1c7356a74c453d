// The statistics entry data over HTTP on each engine: "narrow markedly" targets computed from their baseline, and the
// rules behind the web entry screens for literacy values, populations (demo estimates marked) and schools.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = new Date().getUTCFullYear() - 1;
type Target = { code: string; baseline: { year: number; value: number } | null; targets: TargetYear[] };
type TargetYear = {
  year: number;
  comparator: string;
  value: number | null;
  reduction: number | null;
  status: string;
  computed: {
    status: string;
    ratio: number | null;
    inputs: {
      baseline: { year: number; value: number } | null;
      latest: { year: number; value: number } | null;
    };
  };
};

describe.each(engines)('statistics entry data on $name', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(() => t?.close());
  const target = async (code: string): Promise<Target> =>
    (await t.as(null, { method: 'GET', url: '/api/indicators/targets' }))
      .json()
      .targets.find((x: { code: string }) => x.code === code);
  const kpi = (user: string | null, payload: Record<string, unknown>) =>
    t.as(user, { method: 'POST', url: '/api/indicators/kpi', payload });
  const published = (year: number, option: string, value: number) => ({
    code: 'K_LITERACY',
    year,
    areaCode: '211100',
    option,
    value,
    sourceKind: 'published',
    citation: '盘锦市第十二次公民科学素质调查公报',
  });

  it('narrows the urban–rural gap against baseline × (1 − 0.3); past 2025 it is missed, with its inputs', async () => {
    const gap = await target('K_URBAN_RURAL_GAP');
    const t2025 = gap.targets[0];
    expect(t2025).toMatchObject({ year: 2025, comparator: 'narrow', reduction: 0.3 });
    // demo: baseline = the first gap (13.9 − 8.1 = 5.8 in YEAR − 1); implied target 5.8 × 0.7 = 4.06
    expect(gap.baseline?.year).toBe(YEAR - 1);
    expect(gap.baseline?.value).toBeCloseTo(5.8, 10);
    expect(t2025.value).toBeCloseTo(4.06, 10);
    // latest 14.8 − 9.2 = 5.6 in YEAR, at or after 2025: the year is over and 5.6 > 4.06, so missed (no ratio)
    expect(t2025).toMatchObject({ status: 'missed', computed: { status: 'missed', ratio: null } });
    expect(t2025.computed.inputs.baseline).toEqual(gap.baseline);
    expect(t2025.computed.inputs.latest?.year).toBe(YEAR);
    expect(t2025.computed.inputs.latest?.value).toBeCloseTo(5.6, 10);
  });

  it('a published urban and rural figure that closes 30% of the gap makes it achieved', async () => {
    // 13.0 − 9.0 = 4.0 ≤ 4.06
    for (const [option, value] of [
      ['urban', 13],
      ['rural', 9],
    ] as const)
      expect((await kpi('office', published(YEAR + 1, option, value))).statusCode).toBe(200);
    const t2025 = (await target('K_URBAN_RURAL_GAP')).targets[0];
    expect(t2025.status).toBe('achieved');
    const audit = (await t.as('office', { method: 'GET', url: '/api/audit?entity=indicator_kpi' })).json();
    expect(audit.items[0]).toMatchObject({ action: 'indicators.kpi.set', actor: { username: 'office' } });
  });

  it('refuses a literacy value without a session, from others than the office, and names the bad field', async () => {
    const body = published(YEAR, '', 12.9);
    expect((await kpi(null, body)).statusCode).toBe(401);
    expect((await kpi('dawa', body)).statusCode).toBe(403);
    expect((await kpi('edu', body)).statusCode).toBe(403);
    const bad = await kpi('office', { ...body, value: 120 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('body.value');
    const wideInterval = await kpi('office', {
      ...body,
      sourceKind: 'survey',
      citation: null,
      se: 0.5,
      ciLow: 13,
      ciHigh: 14,
      instrument: 'CAST 2022',
    });
    expect(wideInterval.json().error.details.issues[0].path).toBe('body.ciLow');
  });

  it('marks the seeded stand-in populations as demo estimates, and a figure with a real source is not', async () => {
    const list = async () => (await t.as(null, { method: 'GET', url: '/api/indicators/populations' })).json();
    const flag = (
      rows: { area_code: string; year: number; demoEstimate: boolean }[],
      area: string,
      year: number,
    ) => rows.find((p) => p.area_code === area && p.year === year)?.demoEstimate;
    const before = await list();
    expect(flag(before, '211100', 2020)).toBe(false);
    expect(flag(before, '211102', 2020)).toBe(true);
    const body = { year: 2020, population: 301234, source: '双台子区第七次全国人口普查公报' };
    expect(
      (await t.as(null, { method: 'PUT', url: '/api/indicators/populations/211102', payload: body }))
        .statusCode,
    ).toBe(401);
    expect(
      (await t.as('viewer', { method: 'PUT', url: '/api/indicators/populations/211102', payload: body }))
        .statusCode,
    ).toBe(403);
    const bad = await t.as('office', {
      method: 'PUT',
      url: '/api/indicators/populations/211102',
      payload: { ...body, population: -5 },
    });
    expect(bad.json().error.details.issues[0].path).toBe('body.population');
    const ok = await t.as('office', {
      method: 'PUT',
      url: '/api/indicators/populations/211102',
      payload: body,
    });
    expect(ok.statusCode).toBe(200);
    expect(flag(ok.json(), '211102', 2020)).toBe(false);
    expect(
      (await t.as('office', { method: 'PUT', url: '/api/indicators/populations/999999', payload: body }))
        .statusCode,
    ).toBe(404);
  });

  it('lets only the office and the education bureau record counsellors; others get 401/403, bad input 4xx', async () => {
    const list = (await t.as('viewer', { method: 'GET', url: '/api/indicators/schools' })).json();
    const id = list[0].id;
    const patch = (user: string | null, payload: Record<string, unknown>, at = id) =>
      t.as(user, { method: 'PATCH', url: `/api/indicators/schools/${at}`, payload });
    expect((await t.as(null, { method: 'GET', url: '/api/indicators/schools' })).statusCode).toBe(401);
    expect((await patch(null, { counsellors: 3 })).statusCode).toBe(401);
    expect((await patch('viewer', { counsellors: 3 })).statusCode).toBe(403);
    expect((await patch('dawa', { counsellors: 3 })).statusCode).toBe(403);
    expect((await patch('edu', { counsellors: -1 })).json().error.details.issues[0].path).toBe(
      'body.counsellors',
    );
    expect((await patch('edu', { counsellors: 3 }, 99999)).statusCode).toBe(404);
    const keeper = async (user: string | null) =>
      t.as(user, { method: 'GET', url: '/api/indicators/schools/keeper' });
    expect((await keeper(null)).statusCode).toBe(401);
    expect((await keeper('edu')).json()).toEqual({ canEdit: true });
    expect((await keeper('office')).json()).toEqual({ canEdit: true });
    expect((await keeper('kexie')).json()).toEqual({ canEdit: false });
    expect((await keeper('viewer')).json()).toEqual({ canEdit: false });
    const ok = await patch('edu', { counsellors: 3 });
    expect(ok.json().find((s: { id: number }) => s.id === id).counsellors).toBe(3);
    const dup = await t.as('office', {
      method: 'POST',
      url: '/api/indicators/schools',
      payload: { ...list[0], id: undefined, areaName: undefined },
    });
    expect(dup.statusCode).toBeGreaterThanOrEqual(400);
    expect(dup.statusCode).toBeLessThan(500);
  });
});
