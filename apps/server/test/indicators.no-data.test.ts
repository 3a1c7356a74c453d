// A year where only one district has filed (issue 10, point 1): the map's figures give the other areas no value
// (null, never 0), and completeness counts the reports the chosen stage counts — filed and accepted alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

// the demo's open year: reports assigned to every unit, none filed
const YEAR = new Date().getUTCFullYear() - 1;
const DAWA = '211104';
const OTHERS = ['211102', '211103', '211122', '211100Z1', '211100Z2', '211100'];

interface Area {
  code: string;
  value: number | null;
}

describe.each(engines)('areas without figures on $name', ({ open }) => {
  let t: TestApp;
  let report: string;
  let expected: number;
  const get = async (who: string, url: string) => {
    const res = await t.as(who, { method: 'GET', url });
    expect(res.statusCode, url).toBe(200);
    return res.json();
  };
  const figures = async (stage: string) => {
    const res = await get('office', `/api/indicators/figures?year=${YEAR}&figure=P01&stage=${stage}`);
    return Object.fromEntries((res.areas as Area[]).map((a) => [a.code, a.value]));
  };
  const total = async (stage: string) =>
    (await get('office', `/api/indicators/completeness?year=${YEAR}&stage=${stage}`)).total;

  beforeAll(async () => {
    t = await startTestApp(open);
    const units = (await get('dawa-kexie', '/api/indicators/units')) as { id: number }[];
    report = `/api/indicators/reports/${YEAR}/${units[0].id}`;
    expected = (await get('office', `/api/indicators/completeness?year=${YEAR}`)).byArea.reduce(
      (s: number, r: { expected: number }) => s + r.expected,
      0,
    );
    expect(expected).toBeGreaterThan(20);
  });
  afterAll(() => t?.close());

  it('before anyone files, every area has no value and completeness says none of the units filed', async () => {
    expect(Object.values(await figures('all')).every((v) => v === null)).toBe(true);
    expect(await total('accepted')).toEqual({
      expected,
      submitted: 0,
      accepted: 0,
      counted: 0,
      onTime: 0,
      completeness: 0,
      timeliness: 0,
      key: '211100',
    });
  });

  it('when only 大洼区科协 has filed, the other areas are null (not 0) and completeness counts one filed unit', async () => {
    const saved = await t.as('dawa-kexie', {
      method: 'PUT',
      url: `${report}/values`,
      payload: { values: [{ item: 'P01', value: 7 }] },
    });
    expect(saved.statusCode).toBe(200);
    // a draft: the office's "every saved figure" has it, the filed and accepted stages do not
    expect(await total('all')).toMatchObject({ expected, submitted: 0, accepted: 0, counted: 1 });
    expect(await total('submitted')).toMatchObject({ submitted: 0, counted: 0 });
    expect((await figures('submitted'))[DAWA]).toBeNull();
    const submitted = await t.as('dawa-kexie', { method: 'POST', url: `${report}/submit`, payload: {} });
    expect(submitted.json().state).toBe('submitted');

    const filed = await figures('submitted');
    expect(filed[DAWA]).toBe(7);
    for (const code of OTHERS) expect(filed[code], code).toBeNull();
    expect(await total('submitted')).toMatchObject({ expected, submitted: 1, accepted: 0, counted: 1 });
    // figures count accepted reports by default: nothing accepted yet, so no area has a value
    expect(Object.values(await figures('accepted')).every((v) => v === null)).toBe(true);
    expect(await total('accepted')).toMatchObject({ expected, submitted: 1, accepted: 0, counted: 0 });
  });

  it('a report sent back leaves its area with no value again, not 0', async () => {
    const back = await t.as('dawa', {
      method: 'POST',
      url: `${report}/return`,
      payload: { reason: '请核实' },
    });
    expect(back.json().state).toBe('returned');
    const filed = await figures('submitted');
    for (const code of [DAWA, ...OTHERS]) expect(filed[code], code).toBeNull();
    expect(await total('submitted')).toMatchObject({ expected, submitted: 1, counted: 0 });
    expect((await figures('all'))[DAWA]).toBe(7);
  });

  it('completeness follows the stage rules of the figures: other readers see accepted counts only', async () => {
    const res = await t.as('viewer', {
      method: 'GET',
      url: `/api/indicators/completeness?year=${YEAR}&stage=all`,
    });
    expect(res.statusCode).toBe(403);
    expect((await get('viewer', `/api/indicators/completeness?year=${YEAR}`)).stage).toBe('accepted');
  });
});
