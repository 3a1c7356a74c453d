// Targets over HTTP on each engine: the plan's targets with computed progress and its inputs, the office's override
// with a reason, literacy values that must carry their source, and the schools registry's counsellor share.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = new Date().getUTCFullYear() - 1;

describe.each(engines)('indicator targets on $name', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(() => t?.close());
  const targets = async () => (await t.as(null, { method: 'GET', url: '/api/indicators/targets' })).json();

  it('loads the plan targets: literacy 4.13 → 9.7 → >15 → 25.5, counsellors in every school', async () => {
    const body = await targets();
    const lit = body.targets.find((x: { code: string }) => x.code === 'K_LITERACY');
    expect(lit.baseline).toEqual({ year: 2020, value: 9.7 });
    expect(lit.observed[0]).toMatchObject({ year: 2010, value: 4.13 });
    expect(
      lit.targets.map((x: { year: number; value: number; comparator: string }) => [
        x.year,
        x.comparator,
        x.value,
      ]),
    ).toEqual([
      [2025, '>', 15],
      [2035, '=', 25.5],
    ]);
    const counsellors = body.targets.find((x: { code: string }) => x.code === 'K_COUNSELLOR_SCHOOLS');
    expect(counsellors.targets[0]).toMatchObject({ year: 2025, value: 100 });
  });

  it('computes the status from the latest estimate and shows its inputs', async () => {
    const lit = (await targets()).targets.find((x: { code: string }) => x.code === 'K_LITERACY');
    const latest = lit.observed.at(-1);
    const t2035 = lit.targets.find((x: { year: number }) => x.year === 2035);
    // actual = (latest / 9.7)^(1/(year − 2020)) − 1; required = (25.5 / 9.7)^(1/15) − 1
    const actual = (latest.value / 9.7) ** (1 / (latest.year - 2020)) - 1;
    const required = (25.5 / 9.7) ** (1 / 15) - 1;
    expect(t2035.computed.actualCagr).toBeCloseTo(actual, 10);
    expect(t2035.computed.requiredCagr).toBeCloseTo(required, 10);
    expect(t2035.computed.ratio).toBeCloseTo(actual / required, 10);
    expect(t2035.computed.inputs).toMatchObject({
      baseline: { year: 2020, value: 9.7 },
      latest: { year: latest.year, value: latest.value },
      target: { year: 2035, value: 25.5 },
    });
    expect(t2035.status).toBe(t2035.computed.status);
  });

  it('calls a target whose year is over missed or achieved, not limited progress, with the value it judged', async () => {
    const body = await targets();
    const lit = body.targets.find((x: { code: string }) => x.code === 'K_LITERACY');
    const latest = lit.observed.at(-1);
    expect(latest.year).toBe(YEAR);
    const t2025 = lit.targets.find((x: { year: number }) => x.year === 2025);
    // the demo's latest city estimate (12.6) is below "more than 15%"; the year is over, so no ratio is used
    expect(latest.value).toBeLessThan(15);
    expect(t2025).toMatchObject({ status: 'missed', computed: { ratio: null, targetValue: 15 } });
    expect(t2025.computed.inputs.latest).toEqual({ year: latest.year, value: latest.value });
    // counsellor coverage: the schools registry's share today, against every school by 2025
    const share = body.counsellorShareByArea.reduce(
      (s: number[], x: { schools: number; withCounsellor: number }) => [
        s[0] + x.withCounsellor,
        s[1] + x.schools,
      ],
      [0, 0],
    );
    const coverage = body.targets.find((x: { code: string }) => x.code === 'K_COUNSELLOR_SCHOOLS').targets[0];
    expect(share[0]).toBeLessThan(share[1]);
    expect(coverage.status).toBe('missed');
    expect(coverage.computed.inputs.latest.year).toBe(YEAR + 1);
    expect(coverage.computed.inputs.latest.value).toBeCloseTo((share[0] / share[1]) * 100, 10);
    expect(coverage.computed.inputs.target).toMatchObject({ year: 2025, value: 100 });
  });

  it("offers missed and achieved as the office's override", async () => {
    const res = await t.as('office', {
      method: 'PUT',
      url: '/api/indicators/targets/K_URBAN_RURAL_GAP/override/2025',
      payload: { status: 'missed', reason: '2025 年城乡差距未按工作口径缩小三成' },
    });
    expect(res.statusCode).toBe(200);
    const gap = res.json().targets.find((x: { code: string }) => x.code === 'K_URBAN_RURAL_GAP').targets[0];
    // the override names the person, not the login
    expect(gap).toMatchObject({ status: 'missed', override: { status: 'missed', by: 'office', name: '市科协 领导小组办公室' } });
  });

  it('computes the urban–rural gap and the district spread from the literacy values', async () => {
    const body = await targets();
    const kpi = (await t.as(null, { method: 'GET', url: '/api/indicators/kpi' })).json();
    const at = (area: string, option: string) =>
      kpi.find(
        (k: { year: number; areaCode: string; option: string }) =>
          k.year === YEAR && k.areaCode === area && k.option === option,
      )?.value;
    const gap = body.targets
      .find((x: { code: string }) => x.code === 'K_URBAN_RURAL_GAP')
      .observed.find((p: { year: number }) => p.year === YEAR);
    expect(gap.value).toBeCloseTo(at('211100', 'urban') - at('211100', 'rural'), 10);
    const districts = ['211102', '211103', '211104', '211122'].map((c) => at(c, ''));
    const spread = body.targets
      .find((x: { code: string }) => x.code === 'K_DISTRICT_SPREAD')
      .observed.find((p: { year: number }) => p.year === YEAR);
    expect(spread.value).toBeCloseTo(Math.max(...districts) - Math.min(...districts), 10);
  });

  it('lets only the office override a status, and only with a reason; the computed status stays visible', async () => {
    const body = { status: 'on_track', reason: '2025 年专项调查样本扩大,城区样本偏少' };
    expect(
      (
        await t.as('dawa', {
          method: 'PUT',
          url: '/api/indicators/targets/K_LITERACY/override/2025',
          payload: body,
        })
      ).statusCode,
    ).toBe(403);
    const short = await t.as('office', {
      method: 'PUT',
      url: '/api/indicators/targets/K_LITERACY/override/2025',
      payload: { ...body, reason: '好' },
    });
    expect(short.json().error.details.issues[0].path).toBe('body.reason');
    const res = await t.as('office', {
      method: 'PUT',
      url: '/api/indicators/targets/K_LITERACY/override/2025',
      payload: body,
    });
    const t2025 = res
      .json()
      .targets.find((x: { code: string }) => x.code === 'K_LITERACY')
      .targets.find((x: { year: number }) => x.year === 2025);
    expect(t2025).toMatchObject({
      status: 'on_track',
      override: { status: 'on_track', by: 'office', reason: body.reason },
    });
    expect(t2025.computed.status).toBeTypeOf('string');
    expect(
      (
        await t.as('office', {
          method: 'PUT',
          url: '/api/indicators/targets/K_LITERACY/override/2030',
          payload: body,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('requires a survey estimate to carry SE and instrument, and a published figure its citation', async () => {
    const base = { code: 'K_LITERACY', year: YEAR, areaCode: '211104', option: 'rural', value: 8.2 };
    const survey = await t.as('office', {
      method: 'POST',
      url: '/api/indicators/kpi',
      payload: { ...base, sourceKind: 'survey' },
    });
    expect(survey.statusCode).toBe(400);
    expect(survey.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      'body.se',
      'body.instrument',
    ]);
    const published = await t.as('office', {
      method: 'POST',
      url: '/api/indicators/kpi',
      payload: { ...base, sourceKind: 'published' },
    });
    expect(published.json().error.details.issues[0].path).toBe('body.citation');
    const ok = await t.as('office', {
      method: 'POST',
      url: '/api/indicators/kpi',
      payload: { ...base, sourceKind: 'survey', se: 1.4, ciLow: 5.5, ciHigh: 10.9, instrument: 'CAST 2022' },
    });
    expect(ok.statusCode).toBe(200);
    expect(
      ok
        .json()
        .find((k: { areaCode: string; option: string }) => k.areaCode === '211104' && k.option === 'rural')
        .source,
    ).toEqual({ kind: 'survey', se: 1.4, ci: [5.5, 10.9], instrument: 'CAST 2022' });
  });

  it('keeps the schools registry with the education bureau, and recomputes the counsellor share at once', async () => {
    const share = async () =>
      (await targets()).counsellorShareByArea.find((x: { area: string }) => x.area === '211104');
    const before = await share();
    const add = {
      name: '大洼区新立小学',
      areaCode: '211104',
      level: 'primary',
      urbanRural: 'rural',
      counsellors: 0,
    };
    expect(
      (await t.as('kexie', { method: 'POST', url: '/api/indicators/schools', payload: add })).statusCode,
    ).toBe(403);
    const res = await t.as('edu', { method: 'POST', url: '/api/indicators/schools', payload: add });
    expect(res.statusCode).toBe(200);
    const after = await share();
    expect([after.schools, after.withCounsellor]).toEqual([before.schools + 1, before.withCounsellor]);
    expect(after.share).toBeCloseTo((after.withCounsellor / after.schools) * 100, 10);
    const id = res.json().find((s: { name: string }) => s.name === add.name).id;
    await t.as('edu', { method: 'PATCH', url: `/api/indicators/schools/${id}`, payload: { counsellors: 2 } });
    expect((await share()).withCounsellor).toBe(before.withCounsellor + 1);
  });
  it('keeps populations by year with their source; a district edits only its own areas, and per-resident figures follow', async () => {
    const pops = (await t.as(null, { method: 'GET', url: '/api/indicators/populations' })).json();
    expect(pops.find((p: { area_code: string }) => p.area_code === '211104')).toMatchObject({
      year: 2020,
      population: 422797,
    });
    const body = { year: 2023, population: 400000, source: '大洼区统计局 2023 年人口统计公报' };
    expect(
      (await t.as('dawa', { method: 'PUT', url: '/api/indicators/populations/211103', payload: body }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await t.as('dawa', {
          method: 'PUT',
          url: '/api/indicators/populations/211104',
          payload: { ...body, source: ' ' },
        })
      ).json().error.details.issues[0].path,
    ).toBe('body.source');
    expect(
      (await t.as('dawa', { method: 'PUT', url: '/api/indicators/populations/211104', payload: body }))
        .statusCode,
    ).toBe(200);
    const fig = (
      await t.as('viewer', {
        method: 'GET',
        url: `/api/indicators/figures?year=${YEAR - 1}&figure=C_SPECIAL_PER_CAPITA`,
      })
    ).json();
    const dawa = fig.areas.find((a: { code: string }) => a.code === '211104');
    // the 2023 figure (latest at or before the year) now divides the special funds
    expect(dawa.population).toMatchObject({ year: 2023, population: 400000 });
    expect(dawa.value).toBeCloseTo(dawa.numerator / 400000, 10);
  });
});
