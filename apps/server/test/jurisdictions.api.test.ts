// Several jurisdictions in one installation, on each engine (issue 13): the demo serves Panjin (211100), Anshan
// (210300, demo) and Liaoning (210000, demo). A Panjin account sees only Panjin; the Liaoning office sees all three,
// switches between them (every page's figures follow), and reads the cascade of its cities with its Excel export.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const H = 'x-kepu-jurisdiction';

describe.each(engines)('jurisdictions on $name', ({ open }) => {
  let t: TestApp;
  const get = (user: string | null, url: string, headers: Record<string, string> = {}) =>
    t.as(user, { method: 'GET', url, headers });
  const choose = (user: string, code: string) =>
    t.as(user, { method: 'PUT', url: '/api/jurisdictions/current', payload: { code } });
  const planTitle = async (user: string | null, headers: Record<string, string> = {}) =>
    (await get(user, '/api/plans/current', headers)).json().plan.title as string;
  const areaRoot = async (user: string) => (await get(user, '/api/areas')).json()[0]?.code as string;
  const year = new Date().getFullYear();

  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(async () => t?.close());

  it('lists for a Panjin account only Panjin, and for the Liaoning office the province and both cities', async () => {
    const panjin = (await get('office', '/api/jurisdictions')).json();
    expect(panjin.current).toBe('211100');
    expect(panjin.options.map((o: { code: string }) => o.code)).toEqual(['211100']);
    const province = (await get('liaoning', '/api/jurisdictions')).json();
    expect(province.current).toBe('210000');
    expect(province.options.map((o: { code: string; demo: boolean }) => [o.code, o.demo])).toEqual([
      ['210000', true],
      ['210300', true],
      ['211100', false],
    ]);
  });

  it('refuses a Panjin account (and an anonymous visitor) anything of Anshan: 403 naming the jurisdiction', async () => {
    for (const user of ['office', 'viewer', 'edu', null]) {
      const r = await get(user, '/api/plans/current', { [H]: '210300' });
      expect(r.statusCode).toBe(403);
      expect(r.json().error).toMatchObject({
        code: 'jurisdiction.out_of_scope',
        details: { code: '210300' },
      });
    }
    const switched = await choose('office', '210300');
    expect(switched.statusCode).toBe(403);
    expect((await get('office', '/api/jurisdictions/cascade?code=210000')).statusCode).toBe(403);
    expect((await get('office', '/api/jurisdictions/cascade.xlsx?code=210000')).statusCode).toBe(403);
    // a liaison has no cascade at all
    expect((await get('edu', '/api/jurisdictions/cascade')).statusCode).toBe(403);
    // nothing changed for Panjin
    expect(await planTitle('office')).toMatch(/^盘锦市/);
    expect(await areaRoot('office')).toBe('211100');
  });

  it('answers a plan of another jurisdiction by id as not found in the one the request works in', async () => {
    const anshan = (await get('liaoning', '/api/plans/current', { [H]: '210300' })).json().plan.id as number;
    expect((await get('office', `/api/plans/${anshan}`)).statusCode).toBe(404);
    expect((await get('liaoning', `/api/plans/${anshan}`, { [H]: '210300' })).statusCode).toBe(200);
    // the plan versions listed are the jurisdiction's own
    const versions = (await get('office', '/api/plans')).json() as { jurisdictionCode: string }[];
    expect(new Set(versions.map((v) => v.jurisdictionCode))).toEqual(new Set(['211100']));
  });

  it('a switch changes every figure: plan, areas, 督查 summary and the indicator pivot follow the chosen one', async () => {
    const figures = async () => ({
      plan: await planTitle('liaoning'),
      root: await areaRoot('liaoning'),
      summary: (await get('liaoning', `/api/acc/summary?year=${year}`)).json(),
      pivot: (await get('liaoning', `/api/indicators/pivot?year=${year - 1}&rows=area&cols=item`)).json(),
    });
    expect((await choose('liaoning', '210300')).json()).toEqual({ current: '210300', name: '鞍山市' });
    const anshan = await figures();
    expect(anshan.plan).toBe('鞍山市全民科学素质行动实施方案（2021—2035年）（示例）');
    expect(anshan.root).toBe('210300');
    expect(anshan.summary.plan.title).toBe(anshan.plan);
    expect(anshan.summary.figureBasis.accepted).toBeGreaterThan(0);
    // Anshan has no statistics form of its own (Panjin's is Panjin's): its pivot says so
    expect(anshan.pivot.error).toMatchObject({
      code: 'indicators.form.not_found',
      details: { year: year - 1 },
    });

    expect((await choose('liaoning', '211100')).statusCode).toBe(200);
    const panjin = await figures();
    expect(panjin.plan).toMatch(/^盘锦市全民科学素质行动规划纲要/);
    expect(panjin.root).toBe('211100');
    expect(panjin.summary.plan.title).toBe(panjin.plan);
    expect(panjin.summary.progress).not.toBe(anshan.summary.progress);
    expect(panjin.pivot.root.code).toBe('211100');
    // Panjin's pivot counts Panjin's reporting units
    expect(panjin.pivot.cells.length).toBeGreaterThan(0);

    // a pivot rooted outside the chosen jurisdiction is refused, naming the field
    const outside = await get('liaoning', `/api/indicators/pivot?year=${year}&root=210300`);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details.issues[0].path).toBe('query.root');

    // back to the province; the choice is written to the audit log
    expect((await choose('liaoning', '210000')).statusCode).toBe(200);
    expect(await areaRoot('liaoning')).toBe('210000');
    const audit = (await get('liaoning', '/api/audit?action=jur.choose&limit=5')).json().items;
    expect(audit[0]).toMatchObject({ action: 'jur.choose', after: { jurisdiction: '210000' } });
  });

  it('keeps each jurisdiction’s statistics its own: form, units, targets, populations and exports', async () => {
    const as = (user: string, code: string | null, method: 'GET' | 'POST', url: string, payload?: object) =>
      t.as(user, { method, url, payload, headers: code ? { [H]: code } : {} });
    const codes = async (user: string, code: string | null, url: string, key = 'code') =>
      ((await as(user, code, 'GET', url)).json() as Record<string, string>[]).map((r) => r[key]);
    const panjinUnits = await codes('office', null, '/api/indicators/units');
    const panjinTargets = (await as('office', null, 'GET', '/api/indicators/targets')).json().targets.length;
    expect(panjinUnits.length).toBeGreaterThan(0);
    expect(panjinTargets).toBeGreaterThan(0);
    // Anshan, chosen by the province office, has none of Panjin's: no form yet, no units, no targets
    expect(await codes('liaoning', '210300', '/api/indicators/forms', 'year')).toEqual([]);
    expect(await codes('liaoning', '210300', '/api/indicators/units')).toEqual([]);
    expect((await as('liaoning', '210300', 'GET', '/api/indicators/targets')).json().targets).toEqual([]);
    const pops = await codes('liaoning', '210300', '/api/indicators/populations', 'areaCode');
    expect(pops.every((c) => c.startsWith('2103'))).toBe(true);
    // its first form starts from the shipped one and lands in Anshan
    const form = await as('liaoning', '210300', 'POST', '/api/indicators/forms', {
      year,
      opensOn: `${year}-03-01`,
      dueOn: `${year}-04-30`,
    });
    expect(form.statusCode).toBe(200);
    expect(await codes('liaoning', '210300', '/api/indicators/forms', 'year')).toEqual([year]);
    const unit = { name: '鞍山市科协（示例）', deptType: 'mass_org', orgUnitId: null };
    const added = await as('liaoning', '210300', 'POST', '/api/indicators/units', {
      ...unit,
      code: 'AS-001',
      areaCode: '210300',
    });
    expect(added.statusCode).toBe(200);
    // a Panjin area is not Anshan's: refused naming the field, nothing stored
    const outside = await as('liaoning', '210300', 'POST', '/api/indicators/units', {
      ...unit,
      code: 'AS-002',
      areaCode: '211102',
    });
    expect(outside.statusCode).toBe(400);
    expect(JSON.stringify(outside.json().error)).toContain('areaCode');
    // nor is a unit of Panjin's plan
    const [panjinUnit] = await t.handle.db
      .selectFrom('org_units')
      .select('id')
      .where('jurisdiction_code', '=', '211100')
      .execute();
    const linked = await as('liaoning', '210300', 'POST', '/api/indicators/units', {
      ...unit,
      code: 'AS-003',
      areaCode: '210300',
      orgUnitId: panjinUnit?.id,
    });
    expect([linked.statusCode, linked.json().error.details.issues[0].path]).toEqual([400, 'body.orgUnitId']);
    expect(await codes('liaoning', '210300', '/api/indicators/units')).toEqual(['AS-001']);
    // Panjin's stay Panjin's, and each export holds only its own rows
    expect(await codes('office', null, '/api/indicators/units')).toEqual(panjinUnits);
    expect((await as('office', null, 'GET', '/api/indicators/forms')).json()).not.toContainEqual(
      expect.objectContaining({ title: expect.stringContaining('鞍山') }),
    );
    const exported = async (user: string, code: string | null) =>
      JSON.stringify((await as(user, code, 'GET', '/api/indicators/export/units?format=json')).json());
    expect(await exported('liaoning', '210300')).toContain('AS-001');
    expect(await exported('liaoning', '210300')).not.toContain(panjinUnits[0]);
    expect(await exported('office', null)).not.toContain('AS-001');
    // a Panjin account cannot reach Anshan's statistics at all
    expect((await as('office', '210300', 'GET', '/api/indicators/units')).statusCode).toBe(403);
  });

  it('keeps surveys to their jurisdiction: Panjin’s neither listed nor found in Anshan, another’s districts refused', async () => {
    const anshan = { [H]: '210300' };
    const panjin = (await get('office', '/api/survey/surveys')).json() as { id: number }[];
    expect(panjin.length).toBeGreaterThan(0);
    expect((await get('liaoning', '/api/survey/surveys', anshan)).json()).toEqual([]);
    expect((await get('liaoning', `/api/survey/surveys/${panjin[0].id}`, anshan)).statusCode).toBe(404);
    const instrumentId = (await get('office', '/api/survey/instruments')).json()[0].id;
    const create = (districts: string[]) =>
      t.as('liaoning', {
        method: 'POST',
        url: '/api/survey/surveys',
        headers: anshan,
        payload: { name: '鞍山市科学素质调查（示例）', year, instrumentId, districts },
      });
    const outside = await create(['211102']);
    expect(outside.statusCode).toBe(400);
    expect(JSON.stringify(outside.json().error)).toContain('districts.0');
    expect((await create(['210302', '210303'])).statusCode).toBe(201);
    expect((await get('liaoning', '/api/survey/surveys', anshan)).json()).toHaveLength(1);
    expect((await get('office', '/api/survey/surveys')).json()).toHaveLength(panjin.length);
  });

  it('refuses to switch to a jurisdiction without a plan, and a malformed code names the field', async () => {
    const none = await choose('liaoning', '210100');
    expect(none.statusCode).toBe(404);
    expect(none.json().error.code).toBe('jurisdiction.not_found');
    const bad = await choose('liaoning', '21');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error)).toContain('code');
  });

  it('shows the province its cities: plan differences, progress roll-up and key statistics', async () => {
    const r = await get('liaoning', '/api/jurisdictions/cascade');
    expect(r.statusCode).toBe(200);
    const v = r.json();
    expect(v.own).toMatchObject({ code: '210000', name: '辽宁省', demo: true, level: 'province' });
    expect(v.children.map((c: { code: string }) => c.code)).toEqual(['210300', '211100']);
    const [anshan, panjin] = v.children;
    expect(anshan).toMatchObject({ implements: 'current', demo: true });
    expect(panjin).toMatchObject({ implements: 'current', demo: false });
    const target = (c: typeof anshan, y: number) =>
      c.diff.targets.find((x: { year: number; kind: string }) => x.year === y && x.kind === 'target');
    expect(target(anshan, 2025)).toMatchObject({ own: { value: 14 }, above: { value: 15 }, change: 'lower' });
    expect(target(panjin, 2035)).toMatchObject({
      own: { value: 25.5 },
      above: { value: 25 },
      change: 'higher',
    });
    expect(target(panjin, 2025).change).toBe('same');
    const group = (c: typeof anshan, title: string) =>
      c.diff.groups.find((g: { title: string }) => g.title === title)?.change;
    expect(group(anshan, '钢铁产业科普工程')).toBe('added');
    expect(group(anshan, '产业工人科学素质提升行动')).toBe('dropped');
    expect(group(panjin, '青少年科学素质提升行动')).toBe('both');
    for (const c of [anshan, panjin]) {
      expect(c.progress.progress).toBeGreaterThan(0);
      expect(c.progress.accepted).toBeGreaterThan(0);
      expect(c.statistics.literacy.value).toBeGreaterThan(0);
    }
    expect(anshan.statistics.literacy).toMatchObject({ value: 11.8, demo: true });
    // a Panjin account's own cascade has nothing below it
    const own = (await get('office', '/api/jurisdictions/cascade')).json();
    expect([own.own.code, own.children]).toEqual(['211100', []]);
  });

  it('exports the cascade as one Chinese workbook', async () => {
    const r = await get('liaoning', '/api/jurisdictions/cascade.xlsx');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toContain(encodeURIComponent('规划落实对照-辽宁省.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['各地概况', '目标对比', '任务组对比']);
    const names = wb.getWorksheet('各地概况')?.getColumn(2).values.slice(2);
    expect(names).toEqual(['辽宁省（示例）', '鞍山市（示例）', '盘锦市']);
    const groups = wb.getWorksheet('任务组对比');
    const rows =
      groups
        ?.getSheetValues()
        .slice(2)
        .map((row) => (row as unknown[]).slice(1)) ?? [];
    expect(rows).toContainEqual(['鞍山市（示例）', '重点工程', '钢铁产业科普工程', 1, '', '本级新增']);
  });

  it('links a plan only to a plan above it, by an office whose scope covers it', async () => {
    const ids = Object.fromEntries(
      (await get('liaoning', '/api/jurisdictions')).json().options.map((o: { code: string }) => [o.code, 0]),
    );
    for (const code of Object.keys(ids))
      ids[code] = (await get('liaoning', '/api/plans/current', { [H]: code })).json().plan.id;
    const link = (user: string, planId: number, implementsPlanId: number | null) =>
      t.as(user, { method: 'PUT', url: `/api/plans/${planId}/implements`, payload: { implementsPlanId } });
    const sideways = await link('liaoning', ids['210300'], ids['211100']);
    expect(sideways.statusCode).toBe(400);
    expect(sideways.json().error.details.issues[0]).toMatchObject({
      path: 'implementsPlanId',
      code: 'jurisdiction.not_above',
    });
    expect((await link('office', ids['210300'], ids['210000'])).statusCode).toBe(403);
    expect((await link('viewer', ids['211100'], null)).statusCode).toBe(403);
    expect((await link('liaoning', ids['210300'], null)).statusCode).toBe(200);
    const unlinked = (await get('liaoning', '/api/jurisdictions/cascade')).json().children[0];
    expect(unlinked.implements).toBe('none');
    expect((await link('liaoning', ids['210300'], ids['210000'])).json()).toEqual({
      planId: ids['210300'],
      implementsPlanId: ids['210000'],
    });
    // a new version of Anshan's plan (an import) still implements Liaoning's
    const anshan = { [H]: '210300' };
    const outline = (await get('liaoning', '/api/plans/current/export', anshan)).json();
    const imported = await t.as('liaoning', {
      method: 'POST',
      url: '/api/plans/import',
      payload: outline,
      headers: anshan,
    });
    expect(imported.statusCode).toBe(201);
    const next = (await get('liaoning', '/api/plans/current', anshan)).json().plan.id;
    expect(next).not.toBe(ids['210300']);
    const child = (await get('liaoning', '/api/jurisdictions/cascade')).json().children[0];
    expect(child).toMatchObject({ code: '210300', implements: 'current' });
  });

  it('keeps accounts within the office’s scope: created in the chosen jurisdiction, hidden from a city office', async () => {
    const users = async (who: string) =>
      ((await get(who, '/api/users')).json() as { username: string; jurisdictionCode: string | null }[]).map(
        (u) => u.username,
      );
    expect(await users('liaoning')).toEqual(expect.arrayContaining(['liaoning', 'office', 'edu']));
    expect(await users('office')).not.toContain('liaoning');
    const liaoningId = (
      (await get('liaoning', '/api/users')).json() as { id: number; username: string }[]
    ).find((u) => u.username === 'liaoning')?.id;
    // a city office cannot reset the province office's password (it would gain the province)
    const reset = await t.as('office', {
      method: 'POST',
      url: `/api/users/${liaoningId}/password`,
      payload: { password: 'steady-harbour-4711' },
    });
    expect(reset.statusCode).toBe(404);
    // the province office, working in Anshan, creates an Anshan account; Panjin's office does not see it
    expect((await choose('liaoning', '210300')).statusCode).toBe(200);
    const made = await t.as('liaoning', {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'anshan-viewer',
        displayName: '鞍山 只读',
        password: 'steady-harbour-4711',
        role: 'viewer',
      },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().jurisdictionCode).toBe('210300');
    expect(await users('office')).not.toContain('anshan-viewer');
    expect((await choose('liaoning', '210000')).statusCode).toBe(200);
  });
});
