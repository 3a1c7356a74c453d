// Mobile units and tour stops on each engine: the office registers a 科普大篷车; a district plans a stop in its own
// area (not in another's), reports it once it has begun with visitors by group, activities and km; the visitors count
// in the district's ledger figures; the office voids the stop with a reason and the figures return; all audited.
import { zonedClock } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

describe.each(engines)('mobile units on $name', ({ open }) => {
  let t: TestApp;
  let unitId: number;
  let pastStop: number;
  let nextStop: number;
  const year = Number(day(-2).slice(0, 4));
  const dawaFigures = async () => {
    const r = await t.as('office', { method: 'GET', url: `/api/svc/ledger/figures?year=${year}` });
    expect(r.statusCode).toBe(200);
    return (
      r.json().districts as { areaCode: string; participants: number; byGroup: Record<string, number> }[]
    ).find((d) => d.areaCode === '211104');
  };
  const post = (who: string, url: string, payload: object) => t.as(who, { method: 'POST', url, payload });
  const stop = { site: '西安镇文化广场', areaCode: '211104', address: '西安镇政府东侧' };

  beforeAll(async () => {
    t = await startTestApp(open, { clock: zonedClock('Asia/Shanghai') });
  });
  afterAll(() => t?.close());

  it('lets the office register a caravan, naming a bad area; a liaison may not', async () => {
    const body = { name: '盘锦市科普大篷车（测试）', kind: 'caravan', areaCode: '211100' };
    expect((await post('kexie', '/api/svc/mobile-units', body)).statusCode).toBe(403);
    const bad = await post('office', '/api/svc/mobile-units', { ...body, areaCode: '999999' });
    expect([bad.statusCode, bad.json().error.details.issues[0].path]).toEqual([400, 'body.areaCode']);
    const made = await post('office', '/api/svc/mobile-units', body);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ kind: 'caravan', areaName: '盘锦市' });
    unitId = made.json().id;
  });

  it('lets a district plan stops in its own area only, the dates in order', async () => {
    const url = `/api/svc/mobile-units/${unitId}/stops`;
    const other = await post('dawa', url, {
      ...stop,
      areaCode: '211103',
      startsOn: day(-3),
      endsOn: day(-2),
    });
    expect(other.statusCode).toBe(403);
    const backwards = await post('dawa', url, { ...stop, startsOn: day(-2), endsOn: day(-3) });
    expect([backwards.statusCode, backwards.json().error.details.issues[0].path]).toEqual([
      400,
      'body.endsOn',
    ]);
    const past = await post('dawa', url, { ...stop, startsOn: day(-3), endsOn: day(-2) });
    expect(past.statusCode, past.body).toBe(201);
    pastStop = past.json().id;
    const next = await post('dawa', url, { ...stop, site: '新开镇中心校', startsOn: day(5), endsOn: day(6) });
    nextStop = next.json().id;
  });

  it('reports a stop once begun: its visitors count in the district’s figures, once', async () => {
    const before = await dawaFigures();
    const report = { headcount: { farmers: 120, youth: 30 }, activities: 3, km: 42.5 };
    const early = await post('dawa', `/api/svc/tour-stops/${nextStop}/report`, report);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'svc.stop.not_begun_conflict']);
    const empty = await post('dawa', `/api/svc/tour-stops/${pastStop}/report`, { ...report, headcount: {} });
    expect([empty.statusCode, empty.json().error.details.issues[0].path]).toEqual([400, 'body.headcount']);
    const done = await post('dawa', `/api/svc/tour-stops/${pastStop}/report`, report);
    expect(done.statusCode, done.body).toBe(200);
    const again = await post('dawa', `/api/svc/tour-stops/${pastStop}/report`, report);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'svc.stop.state_conflict']);
    const after = await dawaFigures();
    expect((after?.participants ?? 0) - (before?.participants ?? 0)).toBe(150);
    expect((after?.byGroup.farmers ?? 0) - (before?.byGroup.farmers ?? 0)).toBe(120);
    const [u] = (await t.as('viewer', { method: 'GET', url: '/api/svc/mobile-units' }))
      .json()
      .filter((x: { id: number }) => x.id === unitId);
    expect(u.totals).toEqual({ stops: 1, visitors: 150, activities: 3, km: 42.5 });
    expect(
      u.stops.map((s: { site: string; reportedAt: string | null }) => [s.site, s.reportedAt !== null]),
    ).toEqual([
      ['西安镇文化广场', true],
      ['新开镇中心校', false],
    ]);
  });

  it('voids a stop with a reason (the office only): the visitors leave the figures, nothing is deleted', async () => {
    const before = await dawaFigures();
    expect(
      (await post('dawa', `/api/svc/tour-stops/${pastStop}/void`, { reason: '重复填报' })).statusCode,
    ).toBe(403);
    expect((await post('office', `/api/svc/tour-stops/${pastStop}/void`, { reason: '' })).statusCode).toBe(
      400,
    );
    const voided = await post('office', `/api/svc/tour-stops/${pastStop}/void`, { reason: '重复填报' });
    expect(voided.json()).toMatchObject({ voidReason: '重复填报' });
    expect((before?.participants ?? 0) - ((await dawaFigures())?.participants ?? 0)).toBe(150);
    const [u] = (await t.as('office', { method: 'GET', url: '/api/svc/mobile-units' }))
      .json()
      .filter((x: { id: number }) => x.id === unitId);
    expect(u.totals.stops).toBe(0);
    expect(u.stops.find((s: { id: number }) => s.id === pastStop)).toMatchObject({ voidReason: '重复填报' });
    // the demo caravan's stops are audited too: this unit's stops only
    const audit = (
      await t.as('office', { method: 'GET', url: '/api/audit?entity=svc_tour_stop&limit=50' })
    ).json().items as { action: string; entityId: string | number }[];
    const mine = audit.filter((a) => [pastStop, nextStop].map(String).includes(String(a.entityId)));
    expect(mine.map((a) => a.action).sort()).toEqual([
      'svc.stop.create',
      'svc.stop.create',
      'svc.stop.report',
      'svc.stop.void',
    ]);
  });
});
