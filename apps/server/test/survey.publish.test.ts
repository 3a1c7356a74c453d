// Publishing on each engine: a closed survey's responses (a synthetic Panjin sample imported as CSV) are weighted and
// estimated by the domain pipeline, and the city estimate becomes the year's literacy value with its interval and
// provenance, shown on the targets; the analysis file carries the final weights.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  analyseSurvey,
  loadCensusMargins,
  loadDefaultInstrument,
  RAKE_CONTROL,
  responsesCsv,
  type SurveyRecord,
  surveyRecords,
  syntheticSurvey,
} from '@kepu/domain/survey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEstimate } from '../../cli/src/stats/run-estimate.ts';
import { runSurveyPurgeJob } from '../src/survey/purge-job.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const DISTRICTS = ['211102', '211103', '211104', '211122'];
const instrument = loadDefaultInstrument();
const sample = surveyRecords(syntheticSurvey(instrument, { seed: 11, respondents: 600 })).filter(
  (r) => r.responded,
);
/** The generator's PSU of a person (its id is S<seed>-<psu>-<k>). */
const psuOf = (r: SurveyRecord) => r.id.split('-').slice(1, -1).join('-');
const psus = [...new Map(sample.map((r) => [psuOf(r), r])).values()].map((r) => ({
  code: psuOf(r),
  district: r.demographics?.district as string,
  probability: 1 / r.designWeight,
}));
const csv = responsesCsv(
  instrument,
  sample.map((r) => ({ ...r, psu: psuOf(r), synthetic: true })),
);

describe.each(engines)('publishing a survey on $name', ({ open }) => {
  let t: TestApp;
  let id: number;
  beforeAll(async () => {
    t = await startTestApp(open);
    const [inst] = (await t.as('office', { method: 'GET', url: '/api/survey/instruments' })).json();
    id = (
      await t.as('office', {
        method: 'POST',
        url: '/api/survey/surveys',
        payload: {
          name: '2025 年盘锦市公民科学素质调查（合成数据）',
          year: 2025,
          instrumentId: inst.id,
          districts: DISTRICTS,
        },
      })
    ).json().id;
    expect(
      (await t.as('office', { method: 'PUT', url: `/api/survey/surveys/${id}/design`, payload: { psus } }))
        .statusCode,
    ).toBe(200);
    await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${id}/status`,
      payload: { status: 'fieldwork' },
    });
    const imported = await t.as('analyst', {
      method: 'POST',
      url: `/api/survey/surveys/${id}/responses/import`,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode, imported.body.slice(0, 500)).toBe(200);
    await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${id}/status`,
      payload: { status: 'closed' },
    });
  });
  afterAll(() => t?.close());

  it('estimates the stored responses as the pipeline does on the same design', async () => {
    const res = await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/analysis` });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const expected = analyseSurvey(
      instrument,
      sample.map((r) => ({
        ...r,
        stratum: r.demographics?.district as string,
        psu: psuOf(r),
        cell: r.demographics?.district as string,
      })),
      loadCensusMargins(),
    ).estimates.overall;
    const overall = res.json().estimates.overall;
    expect(overall.n).toBe(sample.length);
    expect(overall.estimate).toBeCloseTo(expected.estimate as number, 12);
    expect(overall.se).toBeCloseTo(expected.se as number, 12);
  });

  it('shows the change since the last survey value with its SE and significance, and the gaps with intervals', async () => {
    const first = (
      await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/analysis` })
    ).json();
    // the demo's illustrative values are no survey to compare with
    expect(first.change).toBeNull();
    const saved = await t.as('office', {
      method: 'POST',
      url: '/api/indicators/kpi',
      payload: {
        code: 'K_LITERACY',
        year: 2022,
        areaCode: '211100',
        value: 9.5,
        sourceKind: 'survey',
        se: 0.8,
        ciLow: 8,
        ciHigh: 11.1,
        instrument: '2022 年调查问卷',
      },
    });
    expect(saved.statusCode, saved.body.slice(0, 300)).toBe(200);
    const { change, estimates } = (
      await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/analysis` })
    ).json();
    const o = estimates.overall;
    const se = Math.sqrt(o.se ** 2 + 0.008 ** 2);
    expect(change.previousYear).toBe(2022);
    expect(change.difference).toBeCloseTo(o.estimate - 0.095, 12);
    expect(change.se).toBeCloseTo(se, 12);
    expect(change.ci[0]).toBeCloseTo(change.difference - 1.959963984540054 * se, 9);
    expect(change.significant).toBe(change.p < 0.05);
    const ur = estimates.gaps.urbanRural;
    expect(ur).toMatchObject({ minuend: 'urban', subtrahend: 'rural' });
    expect(ur.ci[0]).toBeLessThan(ur.difference);
    expect(ur.ci[1]).toBeGreaterThan(ur.difference);
    expect(estimates.rule).toEqual({ minN: 30, maxCv: 0.3, action: 'suppress' });
  });

  it('publishes: the city estimate becomes the literacy value with its interval and provenance', async () => {
    const overall = (
      await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/analysis` })
    ).json().estimates.overall;
    const res = await t.as('analyst', { method: 'POST', url: `/api/survey/surveys/${id}/publish` });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.json().status).toBe('published');
    const kpi = (await t.as(null, { method: 'GET', url: '/api/indicators/kpi' })).json();
    const value = kpi.find(
      (k: { year: number; areaCode: string }) => k.year === 2025 && k.areaCode === '211100',
    );
    expect(value).toMatchObject({ source: { kind: 'survey' }, enteredBy: 'analyst' });
    expect(value.value).toBeCloseTo(overall.estimate * 100, 3);
    expect(value.source.se).toBeCloseTo(overall.se * 100, 3);
    expect(value.source.ci[0]).toBeCloseTo(overall.ci[0] * 100, 3);
    expect(value.source.ci[1]).toBeCloseTo(overall.ci[1] * 100, 3);
    expect(value.source.instrument).toContain('第1版');
    expect(value.source.provenance).toContain(`有效样本 ${overall.n} 人`);
    const targets = (await t.as(null, { method: 'GET', url: '/api/indicators/targets' })).json();
    const lit = targets.targets.find((x: { code: string }) => x.code === 'K_LITERACY');
    expect(lit.observed.find((o: { year: number }) => o.year === 2025).value).toBeCloseTo(
      overall.estimate * 100,
      3,
    );
    const audit = (
      await t.as('office', { method: 'GET', url: '/api/audit?action=indicators.kpi.set&limit=1' })
    ).json();
    expect(audit.items[0]).toMatchObject({ actor: { username: 'analyst' } });
  });

  it("publishes the urban, rural and district values and the two gaps with the survey's intervals", async () => {
    const { estimates } = (
      await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/analysis` })
    ).json();
    const kpi = (await t.as(null, { method: 'GET', url: '/api/indicators/kpi' })).json();
    const at = (area: string, option: string) =>
      kpi.find(
        (k: { year: number; areaCode: string; option: string }) =>
          k.year === 2025 && k.areaCode === area && k.option === option,
      );
    const cell = (variable: string, level: string) =>
      estimates.domains.find(
        (d: { variable: string; level: string }) => d.variable === variable && d.level === level,
      );
    const suppressed: string[] = [];
    for (const [area, option, variable, level] of [
      ['211100', 'urban', 'urbanRural', 'urban'],
      ['211100', 'rural', 'urbanRural', 'rural'],
      ...DISTRICTS.map((d) => [d, '', 'district', d]),
    ] as const) {
      const c = cell(variable, level);
      const v = at(area, option);
      if (c.estimate === null) {
        // a cell the rule suppresses publishes nothing, and the demo's stand-in of that year is gone
        expect(v, `${area} ${option}`).toBeUndefined();
        suppressed.push(area);
        continue;
      }
      expect(v.source.kind).toBe('survey');
      expect(v.value).toBeCloseTo(c.estimate * 100, 4);
      expect(v.source.se).toBeCloseTo(c.se * 100, 4);
      expect(v.source.ci[0]).toBeCloseTo(c.ci[0] * 100, 4);
      expect(v.source.provenance).toContain(`有效样本 ${c.n} 人`);
    }
    // this sample's smallest district is suppressed (CV over 30 %)
    expect(suppressed).toEqual(['211122']);
    // only literacy values on the literacy list: the gaps show on the targets
    expect(kpi.every((k: { code: string }) => k.code === 'K_LITERACY')).toBe(true);
    const targets = (await t.as(null, { method: 'GET', url: '/api/indicators/targets' })).json().targets;
    const point = (code: string) =>
      targets
        .find((x: { code: string }) => x.code === code)
        .observed.find((o: { year: number }) => o.year === 2025);
    const ur = point('K_URBAN_RURAL_GAP');
    // the gap is the difference of the published values, its interval the survey's (joint covariance)
    expect(ur.value).toBeCloseTo(at('211100', 'urban').value - at('211100', 'rural').value, 9);
    expect(ur.value).toBeCloseTo(estimates.gaps.urbanRural.difference * 100, 3);
    expect(ur.se).toBeCloseTo(estimates.gaps.urbanRural.se * 100, 4);
    expect(ur.ci[0]).toBeCloseTo(estimates.gaps.urbanRural.ci[0] * 100, 4);
    expect(ur.ci[1]).toBeCloseTo(estimates.gaps.urbanRural.ci[1] * 100, 4);
    // the spread is between the published districts: highest minus lowest, the SE of that pair's difference
    const published = DISTRICTS.filter((d) => !suppressed.includes(d)).map((d) => at(d, ''));
    const hi = published.reduce((a, b) => (b.value > a.value ? b : a));
    const lo = published.reduce((a, b) => (b.value < a.value ? b : a));
    const pair = estimates.gaps.districtPairs.find(
      (d: { minuend: string; subtrahend: string }) =>
        [d.minuend, d.subtrahend].sort().join() === [hi.areaCode, lo.areaCode].sort().join(),
    );
    const spread = point('K_DISTRICT_SPREAD');
    expect(spread.value).toBeCloseTo(hi.value - lo.value, 9);
    expect(spread.value).toBeCloseTo(Math.abs(pair.difference) * 100, 3);
    expect(spread.se).toBeCloseTo(pair.se * 100, 4);
    expect(spread.ci[1] - spread.ci[0]).toBeCloseTo(pair.ci[1] * 100 - pair.ci[0] * 100, 4);
    const audit = (
      await t.as('office', { method: 'GET', url: '/api/audit?action=indicators.kpi.set&limit=20' })
    ).json();
    expect(audit.items.map((a: { entityId: string }) => a.entityId)).toEqual(
      expect.arrayContaining(['K_URBAN_RURAL_GAP/2025/211100/', 'K_DISTRICT_SPREAD/2025/211100/']),
    );
  });

  it("keeps a stale gap's interval off the targets once a literacy value it came from changes", async () => {
    const urban = (await t.as(null, { method: 'GET', url: '/api/indicators/kpi' }))
      .json()
      .find((k: { year: number; option: string }) => k.year === 2025 && k.option === 'urban');
    const saved = await t.as('office', {
      method: 'POST',
      url: '/api/indicators/kpi',
      payload: {
        code: 'K_LITERACY',
        year: 2025,
        areaCode: '211100',
        option: 'urban',
        value: urban.value + 1,
        sourceKind: 'published',
        citation: '更正',
      },
    });
    expect(saved.statusCode, saved.body.slice(0, 300)).toBe(200);
    const targets = (await t.as(null, { method: 'GET', url: '/api/indicators/targets' })).json().targets;
    const ur = targets
      .find((x: { code: string }) => x.code === 'K_URBAN_RURAL_GAP')
      .observed.find((o: { year: number }) => o.year === 2025);
    expect(ur.ci).toBeUndefined();
    expect(ur.note).toContain(String(urban.value + 1));
  });

  it('gives the analysis file with the final weights, no names', async () => {
    const res = await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/analysis.csv` });
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = res.body.trim().split('\n');
    // every column is a design variable, a score or a domain: no name, contact, token, device or interviewer
    const dims = instrument.dimensions.map((d) => `score_${d.code}`);
    expect(header.split(',').sort()).toEqual(
      [
        ...[
          'id',
          'synthetic',
          'stratum',
          'psu',
          'start_weight',
          'final_weight',
          'total',
          'class',
          'literate',
        ],
        ...dims,
        ...['district', 'sex', 'age', 'ageGroup', 'urbanRural', 'education', 'occupation', 'targetGroup'],
      ].sort(),
    );
    expect(rows).toHaveLength(sample.length);
    // the id is the response's number, not an invitation token
    for (const row of rows) expect(row.split(',')[0]).toMatch(/^\d+$/);
    const margins = await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/margins.csv` });
    expect(margins.body.split('\n')[0]).toBe('variable,level,total');
  });

  it('reproduces the published figures with `kepu stats estimate` on the downloaded analysis file', async () => {
    const { estimates } = (
      await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/analysis` })
    ).json();
    const dir = mkdtempSync(join(tmpdir(), 'kepu-survey-'));
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const download = async (what: string) =>
      (await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/${what}` })).body;
    const data = file('analysis.csv', await download('analysis.csv'));
    const margins = file('margins.csv', await download('margins.csv'));
    const estimate = async (...more: string[]) => {
      let out = '';
      const code = await runEstimate(
        [
          data,
          ...['--ids', 'psu', '--strata', 'stratum', '--weights', 'start_weight'],
          ...['--rake', 'district,sex,ageGroup,urbanRural,education', '--margins', margins],
          ...['--maxit', String(RAKE_CONTROL.maxit), '--epsilon', String(RAKE_CONTROL.epsilon)],
          ...['--prop', 'literate==1', '--ci', estimates.method, '--format', 'json', ...more],
        ],
        { out: (text) => (out += text), err: (text) => (out += text) },
      );
      expect(code, out).toBe(0);
      return JSON.parse(out).estimates as {
        by: Record<string, unknown>;
        estimate: number;
        se: number;
        ci: number[];
      }[];
    };
    const [overall] = await estimate();
    const o = estimates.overall;
    expect(Math.abs(overall.estimate - o.estimate)).toBeLessThan(1e-9);
    expect(Math.abs(overall.se - o.se)).toBeLessThan(1e-9);
    expect(Math.abs(overall.ci[0] - o.ci[0])).toBeLessThan(1e-9);
    // the published value is that figure in percent
    const kpi = (await t.as(null, { method: 'GET', url: '/api/indicators/kpi' })).json();
    const city = kpi.find(
      (k: { year: number; areaCode: string; option: string }) =>
        k.year === 2025 && k.areaCode === '211100' && k.option === '',
    );
    expect(city.value).toBe(Math.round(overall.estimate * 1e6) / 1e4);
    const districts = await estimate('--by', 'district');
    const cell = estimates.domains.find(
      (d: { variable: string; level: string }) => d.variable === 'district' && d.level === '211103',
    );
    const row = districts.find((r) => String(r.by.district) === '211103');
    expect(row).toBeDefined();
    expect(Math.abs((row?.estimate as number) - cell.estimate)).toBeLessThan(1e-9);
    expect(Math.abs((row?.se as number) - cell.se)).toBeLessThan(1e-9);
    expect(Math.abs((row?.ci[1] as number) - cell.ci[1])).toBeLessThan(1e-9);
  });

  it('deletes the answers once their retention has ended, keeping the published value and an audit entry', async () => {
    const clock = t.app.kepu.clock;
    const realNow = clock.now;
    const patched = await t.as('office', {
      method: 'PATCH',
      url: `/api/survey/surveys/${id}`,
      payload: { retentionMonths: 6 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ status: 'published', retentionMonths: 6, purgedAt: null });
    // other fields stay frozen once fieldwork has opened
    const renamed = await t.as('office', {
      method: 'PATCH',
      url: `/api/survey/surveys/${id}`,
      payload: { name: '改名', retentionMonths: 7 },
    });
    expect(renamed.statusCode).toBe(409);
    expect(await runSurveyPurgeJob(t.app)).toEqual([]);
    expect(
      (await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/analysis` })).statusCode,
    ).toBe(200);

    const closedAt = new Date(patched.json().closedAt);
    try {
      clock.now = () => new Date(closedAt.getTime() + 6 * 31 * 86_400_000);
      expect(await runSurveyPurgeJob(t.app)).toEqual([{ surveyId: id, deleted: sample.length }]);
      expect(await runSurveyPurgeJob(t.app)).toEqual([]);
    } finally {
      clock.now = realNow;
    }
    const rows = await t.handle.db
      .selectFrom('survey_responses')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('survey_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(0);
    const analysis = await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/analysis` });
    expect(analysis.statusCode).toBe(409);
    expect(analysis.json().error.code).toBe('survey.purged_conflict');
    const scored = await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/respondents.csv` });
    expect(scored.statusCode).toBe(409);
    const survey = (await t.as('office', { method: 'GET', url: `/api/survey/surveys/${id}` })).json();
    expect(survey.purgedAt).not.toBeNull();
    // the published literacy value stays, with its interval
    const kpi = (await t.as(null, { method: 'GET', url: '/api/indicators/kpi' })).json();
    const value = kpi.find(
      (k: { year: number; areaCode: string }) => k.year === 2025 && k.areaCode === '211100',
    );
    expect(value.source.kind).toBe('survey');
    expect(value.source.ci).toHaveLength(2);
    const audit = (
      await t.as('office', { method: 'GET', url: '/api/audit?action=survey.responses.purge&limit=5' })
    ).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      entityId: String(id),
      before: { responses: sample.length },
      after: { responses: 0, retentionMonths: 6 },
    });
  });
});
