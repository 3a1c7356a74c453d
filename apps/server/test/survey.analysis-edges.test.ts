// The analyst's run on surveys that cannot be weighted or estimated as they stand, on each engine: responses from only
// some districts (the weights are raked to every district of the city) and a district whose responses all come from
// one PSU (no variance between PSUs). Each is a 400 naming the districts, and publishing changes nothing.
import {
  loadDefaultInstrument,
  responsesCsv,
  type SurveyRecord,
  surveyRecords,
  syntheticSurvey,
} from '@kepu/domain/survey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const DISTRICTS = ['211102', '211103', '211104', '211122'];
const instrument = loadDefaultInstrument();
const psuOf = (r: SurveyRecord) => r.id.split('-').slice(1, -1).join('-');
const districtOf = (r: SurveyRecord) => r.demographics?.district as string;
const sample = surveyRecords(syntheticSurvey(instrument, { seed: 11, respondents: 600 })).filter(
  (r) => r.responded,
);
const psus = [...new Map(sample.map((r) => [psuOf(r), r])).values()].map((r) => ({
  code: psuOf(r),
  district: districtOf(r),
  probability: 1 / r.designWeight,
}));
const csvOf = (rows: SurveyRecord[]) =>
  responsesCsv(
    instrument,
    rows.map((r) => ({ ...r, psu: psuOf(r), synthetic: true })),
  );
// the first PSU of 盘山县 (211122) alone stands for its district
const onePsu = psuOf(sample.find((r) => districtOf(r) === '211122') as SurveyRecord);

describe.each(engines)('analysis edge cases on $name', ({ open }) => {
  let t: TestApp;
  /** A closed survey holding these responses. */
  const closedSurvey = async (name: string, rows: SurveyRecord[]) => {
    const [inst] = (await t.as('office', { method: 'GET', url: '/api/survey/instruments' })).json();
    const { id } = (
      await t.as('office', {
        method: 'POST',
        url: '/api/survey/surveys',
        payload: { name, year: 2024, instrumentId: inst.id, districts: DISTRICTS },
      })
    ).json();
    const url = `/api/survey/surveys/${id}`;
    await t.as('office', { method: 'PUT', url: `${url}/design`, payload: { psus } });
    await t.as('office', { method: 'PUT', url: `${url}/status`, payload: { status: 'fieldwork' } });
    const imported = await t.as('analyst', {
      method: 'POST',
      url: `${url}/responses/import`,
      headers: { 'content-type': 'text/csv' },
      payload: csvOf(rows),
    });
    expect(imported.statusCode, imported.body.slice(0, 300)).toBe(200);
    await t.as('office', { method: 'PUT', url: `${url}/status`, payload: { status: 'closed' } });
    return url;
  };
  const kpi2024 = async () =>
    (await t.as(null, { method: 'GET', url: '/api/indicators/kpi' }))
      .json()
      .filter((k: { year: number }) => k.year === 2024);

  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(() => t?.close());

  it('names the districts without responses instead of failing in the raking', async () => {
    const url = await closedSurvey(
      '只有两个县区有答卷',
      sample.filter((r) => ['211102', '211103'].includes(districtOf(r))),
    );
    const res = await t.as('analyst', { method: 'GET', url: `${url}/analysis` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'survey.analysis.districts_without_responses',
      details: { districts: '大洼区、盘山县', codes: '211104,211122' },
    });
    const before = await kpi2024();
    const published = await t.as('analyst', { method: 'POST', url: `${url}/publish` });
    expect(published.statusCode).toBe(400);
    expect(published.json().error.code).toBe('survey.analysis.districts_without_responses');
    expect(await kpi2024()).toEqual(before);
    expect((await t.as('analyst', { method: 'GET', url })).json().status).toBe('closed');
  });

  it('names the district whose responses all come from one PSU', async () => {
    const url = await closedSurvey(
      '盘山县只有一个抽样单元有答卷',
      sample.filter((r) => districtOf(r) !== '211122' || psuOf(r) === onePsu),
    );
    const res = await t.as('analyst', { method: 'GET', url: `${url}/analysis` });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'survey.analysis.lonely_psu',
      details: { district: '盘山县', code: '211122' },
    });
    const file = await t.as('analyst', { method: 'GET', url: `${url}/analysis.csv` });
    expect(file.statusCode).toBe(400);
  });
});
