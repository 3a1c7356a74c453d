// The demo data says it is demo and does not contradict itself, on each engine: the reports, inspections, schools and
// literacy estimates the seed made up carry `demo: true` (the web app tags them 示例), a real published figure does
// not; a seeded report's status agrees with its progress (已完成 is 100%, anything else below), and seeded Chinese
// text uses Chinese punctuation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
);
/** ASCII , : ; ( ) next to a Chinese character. */
const asciiInChinese = /[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/;

interface SummaryReport {
  id: number;
  status: string;
  progress: number;
  done: string;
  measures: string;
  problems: string;
  nextSteps: string;
}

describe.each(engines)('the demo data on $name', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(() => t?.close());
  const get = async (url: string) => {
    const res = await t.as('office', { method: 'GET', url });
    expect(res.statusCode, url).toBe(200);
    return res.json();
  };

  it('gives every seeded report a status its progress agrees with, in Chinese punctuation', async () => {
    const summary = await get(`/api/acc/summary?year=${YEAR}`);
    const reports: SummaryReport[] = summary.tasks.flatMap((x: { reports: SummaryReport[] }) => x.reports);
    expect(reports.length).toBeGreaterThan(50);
    const contradictions = reports
      .filter((r) => (r.status === 'done') !== (r.progress === 100))
      .map((r) => `report ${r.id}: ${r.status} at ${r.progress}%`);
    expect(contradictions).toEqual([]);
    const texts = reports.flatMap((r) => [r.done, r.measures, r.problems, r.nextSteps]);
    expect(texts.filter((x) => asciiInChinese.test(x))).toEqual([]);
  });

  it('marks the seeded reports, inspections, schools and literacy estimates as demo, not the published figure', async () => {
    const summary = await get(`/api/acc/summary?year=${YEAR}`);
    const id = summary.tasks.flatMap((x: { reports: SummaryReport[] }) => x.reports)[0].id;
    expect((await get(`/api/acc/reports/${id}`)).report.demo).toBe(true);
    const inspections: { demo: boolean; summary: string }[] = await get('/api/acc/inspections');
    expect(inspections.length).toBeGreaterThan(0);
    expect(inspections.every((i) => i.demo && !asciiInChinese.test(i.summary))).toBe(true);
    const schools: { demo: boolean }[] = await get('/api/indicators/schools');
    expect(schools.length).toBeGreaterThan(0);
    expect(schools.every((s) => s.demo)).toBe(true);
    const kpi: { demo: boolean; source: { kind: string; instrument?: string } }[] =
      await get('/api/indicators/kpi');
    expect(
      kpi
        .filter((k) => k.source.kind === 'survey')
        .every((k) => k.demo && !/[A-Za-z]{4,}/.test(k.source.instrument?.replace('CAST', '') ?? '')),
    ).toBe(true);
    expect(kpi.filter((k) => k.source.kind === 'published').map((k) => k.demo)).toEqual([false]);
  });

  it('leaves a literacy figure the office enters over a demo estimate unmarked', async () => {
    const kpi: { year: number; areaCode: string; option: string; demo: boolean }[] =
      await get('/api/indicators/kpi');
    const estimate = kpi.find((k) => k.demo && k.areaCode === '211104');
    if (!estimate) throw new Error('the demo has a literacy estimate for 大洼区');
    const res = await t.as('office', {
      method: 'POST',
      url: '/api/indicators/kpi',
      payload: {
        code: 'K_LITERACY',
        year: estimate.year,
        areaCode: '211104',
        option: '',
        value: 11.2,
        sourceKind: 'published',
        citation: '大洼区统计公报',
      },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    const after: typeof kpi = await get('/api/indicators/kpi');
    expect(
      after.find((k) => k.year === estimate.year && k.areaCode === '211104' && k.option === '')?.demo,
    ).toBe(false);
  });
});
