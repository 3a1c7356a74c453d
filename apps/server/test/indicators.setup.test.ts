// The office's statistics set-up over HTTP on each engine: reporting units, assignment with a window and an extension,
// rules edited as data, computed indicators with a preview, and the reviewer queue of a district admin and the office.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = new Date().getUTCFullYear() - 1; // the demo's open year
const PAST = YEAR - 1; // accepted, with figures

describe.each(engines)('indicators set-up on $name', ({ open }) => {
  let t: TestApp;
  const as = (user: string | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    t.as(user, { method, url, ...(payload === undefined ? {} : { payload: payload as never }) });
  const issuePath = (res: { json(): { error: { details: { issues: { path: string }[] } } } }) =>
    res.json().error.details.issues[0].path;
  const lastAudit = async (entity: string) =>
    (await as('office', 'GET', `/api/audit?entity=${entity}&limit=5`)).json().items[0];

  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(() => t?.close());

  const station = { code: 'DW-STATION', name: '大洼区科普测试站', deptType: 'institution', areaCode: '211104' };
  let stationId = 0;

  describe('reporting units', () => {
    it('lets only the office create one, naming a bad field, and audits it', async () => {
      expect((await as(null, 'POST', '/api/indicators/units', station)).statusCode).toBe(401);
      expect((await as('edu', 'POST', '/api/indicators/units', station)).statusCode).toBe(403);
      expect((await as('dawa', 'POST', '/api/indicators/units', station)).statusCode).toBe(403);
      const badArea = await as('office', 'POST', '/api/indicators/units', { ...station, areaCode: '999999' });
      expect(badArea.statusCode).toBe(400);
      expect(issuePath(badArea)).toBe('body.areaCode');
      const badType = await as('office', 'POST', '/api/indicators/units', { ...station, deptType: 'club' });
      expect(issuePath(badType)).toBe('body.deptType');
      const res = await as('office', 'POST', '/api/indicators/units', station);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ name: '大洼区科普测试站', areaName: '大洼区', active: true, orgUnitId: null });
      stationId = res.json().id;
      const again = await as('office', 'POST', '/api/indicators/units', station);
      expect(again.statusCode).toBe(409);
      expect(issuePath(again)).toBe('body.code');
      expect(await lastAudit('indicator_unit')).toMatchObject({
        action: 'indicators.unit.create',
        entityId: String(stationId),
        actor: { username: 'office' },
      });
      const listed = (await as('dawa', 'GET', '/api/indicators/units')).json() as { id: number }[];
      expect(listed.map((u) => u.id)).toContain(stationId);
    });

    it('edits name, department type and linked plan unit, refusing an unknown plan unit', async () => {
      const url = `/api/indicators/units/${stationId}`;
      expect((await as(null, 'PATCH', url, { name: 'x' })).statusCode).toBe(401);
      expect((await as('kexie', 'PATCH', url, { name: 'x' })).statusCode).toBe(403);
      const bad = await as('office', 'PATCH', url, { orgUnitId: 999999 });
      expect(bad.statusCode).toBe(400);
      expect(issuePath(bad)).toBe('body.orgUnitId');
      expect(issuePath(await as('office', 'PATCH', url, { name: '' }))).toBe('body.name');
      const res = await as('office', 'PATCH', url, { name: '大洼区科普站', deptType: 'government' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ name: '大洼区科普站', deptType: 'government' });
      expect((await lastAudit('indicator_unit')).before.name).toBe('大洼区科普测试站');
      expect((await as('office', 'PATCH', '/api/indicators/units/999999', { name: 'y' })).statusCode).toBe(404);
    });

    it('deletes only a unit that never had a report; one with reports is deactivated instead', async () => {
      const spare = (await as('office', 'POST', '/api/indicators/units', { ...station, code: 'DW-SPARE' })).json();
      expect((await as(null, 'DELETE', `/api/indicators/units/${spare.id}`)).statusCode).toBe(401);
      expect((await as('dawa', 'DELETE', `/api/indicators/units/${spare.id}`)).statusCode).toBe(403);
      expect((await as('office', 'DELETE', `/api/indicators/units/${spare.id}`)).statusCode).toBe(200);
      expect((await lastAudit('indicator_unit')).action).toBe('indicators.unit.delete');
      const seeded = ((await as('office', 'GET', '/api/indicators/units')).json() as { id: number; name: string }[]).find(
        (u) => u.name === '大洼区教育局',
      );
      const refused = await as('office', 'DELETE', `/api/indicators/units/${seeded?.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toContain('deactivate');
      const off = await as('office', 'PATCH', `/api/indicators/units/${seeded?.id}`, { active: false });
      expect(off.json().active).toBe(false);
      // an inactive unit keeps its reports but is not assigned again
      expect((await as('office', 'GET', `/api/indicators/reports/${PAST}/${seeded?.id}`)).statusCode).toBe(200);
      const assign = await as('office', 'POST', `/api/indicators/forms/${YEAR}/assign`, { unitIds: [seeded?.id] });
      expect(assign.statusCode).toBe(400);
      expect(issuePath(assign)).toBe('body.unitIds.0');
      await as('office', 'PATCH', `/api/indicators/units/${seeded?.id}`, { active: true });
    });
  });

  describe('assignment and the window', () => {
    it('assigns the form to the chosen unit with a window, then extends that unit alone, audited', async () => {
      const body = { unitIds: [stationId], opensOn: `${YEAR}-03-01`, dueOn: `${YEAR}-04-30` };
      expect((await as('edu', 'POST', `/api/indicators/forms/${YEAR}/assign`, body)).statusCode).toBe(403);
      const res = await as('office', 'POST', `/api/indicators/forms/${YEAR}/assign`, body);
      expect(res.json()).toMatchObject({ assigned: 1, dueOn: `${YEAR}-04-30` });
      const url = `/api/indicators/reports/${YEAR}/${stationId}/window`;
      const ext = { opensOn: `${YEAR}-03-01`, dueOn: `${YEAR}-06-30` };
      expect((await as(null, 'PUT', url, ext)).statusCode).toBe(401);
      expect((await as('dawa', 'PUT', url, ext)).statusCode).toBe(403);
      const early = await as('office', 'PUT', url, { ...ext, dueOn: `${YEAR}-01-01` });
      expect(early.statusCode).toBe(400);
      expect(issuePath(early)).toBe('body.dueOn');
      expect(issuePath(await as('office', 'PUT', url, { ...ext, opensOn: '2025-13-01' }))).toBe('body.opensOn');
      const ok = await as('office', 'PUT', url, ext);
      expect(ok.json()).toMatchObject({ state: 'open', dueOn: `${YEAR}-06-30` });
      expect(await lastAudit('indicator_report')).toMatchObject({
        action: 'indicators.report.window',
        before: { dueOn: `${YEAR}-04-30` },
        after: { dueOn: `${YEAR}-06-30` },
      });
      const others = (await as('office', 'GET', `/api/indicators/reports/${YEAR}`)).json() as {
        unit: { id: number };
        report: { dueOn: string };
      }[];
      expect(others.filter((r) => r.report.dueOn === `${YEAR}-06-30`).map((r) => r.unit.id)).toEqual([stationId]);
    });
  });

  describe('rules as data', () => {
    it('edits a rule’s sides and severity, naming the bad position, and retires it', async () => {
      const url = `/api/indicators/forms/${YEAR}/rules`;
      const rule = { code: 'R_SETUP', left: 'A031', op: '<=', right: 'A03', severity: 'hard', zh: '其中项不超过总数', en: 'part ≤ total' };
      expect((await as(null, 'POST', url, rule)).statusCode).toBe(401);
      expect((await as('dawa', 'POST', url, rule)).statusCode).toBe(403);
      expect((await as('office', 'POST', url, rule)).statusCode).toBe(200);
      expect((await as('edu', 'PATCH', `${url}/R_SETUP`, { op: '<' })).statusCode).toBe(403);
      const bad = await as('office', 'PATCH', `${url}/R_SETUP`, { right: 'A03 * 2' });
      expect(bad.statusCode).toBe(400);
      expect(issuePath(bad)).toBe('body.right');
      expect(bad.json().error.message).toContain('at character 5');
      const res = await as('office', 'PATCH', `${url}/R_SETUP`, { right: '2*A03', op: '<', severity: 'soft' });
      const saved = res.json().rules.find((r: { code: string }) => r.code === 'R_SETUP');
      expect(saved).toMatchObject({ left: 'A031', op: '<', right: '2*A03', severity: 'soft' });
      const retired = await as('office', 'PATCH', `${url}/R_SETUP`, { retired: true });
      expect(retired.json().rules.find((r: { code: string }) => r.code === 'R_SETUP').retired).toBe(true);
      expect(await lastAudit('indicator_rule')).toMatchObject({ action: 'indicators.rule.update', after: { retired: true } });
    });
  });

  describe('computed indicators', () => {
    const visits = {
      code: 'C_ACT_PER_10K',
      zh: '每万人科普活动参加人次',
      en: 'Activity attendance per 10,000 residents',
      numerator: 'V013 + V023',
      denominator: 'POP',
      factor: 10000,
      unit: '人次/万人',
    };
    it('previews the city figure for the year, the same as the map would show', async () => {
      const url = `/api/indicators/forms/${PAST}/computed/preview`;
      const formula = { numerator: 'V013 + V023', denominator: 'POP', factor: 1000 };
      expect((await as(null, 'POST', url, formula)).statusCode).toBe(401);
      expect((await as('dawa', 'POST', url, formula)).statusCode).toBe(403);
      const bad = await as('office', 'POST', url, { ...formula, denominator: 'POP +' });
      expect(bad.statusCode).toBe(400);
      expect(issuePath(bad)).toBe('body.denominator');
      const preview = (await as('office', 'POST', url, formula)).json();
      const map = (await as('office', 'GET', `/api/indicators/figures?year=${PAST}&figure=C_VISITS_PER_1K`)).json();
      expect(preview.value).toBeGreaterThan(0);
      expect(preview.value).toBeCloseTo(map.root.value, 6);
      expect(preview.population.population).toBe(map.root.population.population);
    });
    it('adds one (unknown codes and text items named), edits and retires it, audited', async () => {
      const url = `/api/indicators/forms/${YEAR}/computed`;
      expect((await as(null, 'POST', url, visits)).statusCode).toBe(401);
      expect((await as('kexie', 'POST', url, visits)).statusCode).toBe(403);
      const unknown = await as('office', 'POST', url, { ...visits, numerator: 'V013 + ZZ9' });
      expect(unknown.statusCode).toBe(400);
      expect(issuePath(unknown)).toBe('body.numerator');
      expect(unknown.json().error.message).toContain('no item ZZ9');
      expect(issuePath(await as('office', 'POST', url, { ...visits, denominator: 'E05' }))).toBe('body.denominator');
      expect(issuePath(await as('office', 'POST', url, { ...visits, factor: 0 }))).toBe('body.factor');
      const res = await as('office', 'POST', url, visits);
      expect(res.statusCode).toBe(200);
      expect(res.json().computed.find((c: { code: string }) => c.code === visits.code)).toMatchObject({ retired: false });
      expect((await as('office', 'POST', url, visits)).statusCode).toBe(409);
      expect(await lastAudit('indicator_computed')).toMatchObject({ action: 'indicators.computed.add' });
      expect((await as('dawa', 'PATCH', `${url}/${visits.code}`, { retired: true })).statusCode).toBe(403);
      const edited = await as('office', 'PATCH', `${url}/${visits.code}`, { factor: 1000, retired: true });
      expect(edited.json().computed.find((c: { code: string }) => c.code === visits.code)).toMatchObject({
        factor: 1000,
        retired: true,
      });
      expect((await lastAudit('indicator_computed')).before.factor).toBe(10000);
      expect((await as('office', 'PATCH', `${url}/C_NOPE`, { retired: true })).statusCode).toBe(404);
      // another year's form is untouched
      const older = (await as(null, 'GET', `/api/indicators/forms/${PAST}`)).json();
      expect(older.computed.some((c: { code: string }) => c.code === visits.code)).toBe(false);
    });
  });

  describe('the reviewer queue', () => {
    it('shows a submitted report to its district and the office, then the approved one to the office only', async () => {
      const url = `/api/indicators/queue/${YEAR}`;
      expect((await as(null, 'GET', url)).statusCode).toBe(401);
      expect((await as('edu', 'GET', url)).statusCode).toBe(403);
      expect((await as('dawa', 'GET', url)).json()).toEqual([]);
      // the office files for the station (as if on the phone) and submits (an empty form is refused)
      const values = { values: [{ item: 'P01', option: '', value: 3 }] };
      expect((await as('office', 'PUT', `/api/indicators/reports/${YEAR}/${stationId}/values`, values)).statusCode).toBe(200);
      expect((await as('office', 'POST', `/api/indicators/reports/${YEAR}/${stationId}/submit`, {})).statusCode).toBe(200);
      const dawa = (await as('dawa', 'GET', url)).json();
      expect(dawa).toHaveLength(1);
      expect(dawa[0]).toMatchObject({ unit: { id: stationId }, report: { state: 'submitted' }, step: 'review', days: 0 });
      expect((await as('office', 'GET', url)).json().map((r: { unit: { id: number } }) => r.unit.id)).toContain(stationId);
      expect((await as('dawa', 'POST', `/api/indicators/reports/${YEAR}/${stationId}/approve`)).statusCode).toBe(200);
      expect((await as('dawa', 'GET', url)).json()).toEqual([]);
      const office = (await as('office', 'GET', url)).json();
      expect(office.find((r: { unit: { id: number } }) => r.unit.id === stationId)).toMatchObject({ step: 'accept' });
    });
  });
});
