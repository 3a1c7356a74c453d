// Mobile units (科普大篷车, 流动科技馆 sets) and their tours: the office registers a unit; a stop (site, area, dates) is
// planned by the host unit's liaison, a district admin of the stop's area or the office, and reported after it ends
// with its visitors by group, the activities held and the kilometres driven: the visitors go to the participation
// ledger as visits of the stop's area (evidence `tour_stop:<id>`), so the district figures count them. A stop is
// voided with a reason (the office), never deleted, and its ledger entries with it.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { targetGroups } from './svc.codes.ts';
import type { SvcContext } from './svc.ports.ts';
import type { MobileUnitInput, MobileUnitRecord, TourStopRecord } from './svc.records.ts';
import type { StopReportBody, TourStopBody } from './svc.schemas.ts';

const who = (ctx: SvcContext) => ctx.actor?.username ?? 'system';

async function knownArea(ctx: SvcContext, code: string) {
  const area = await ctx.stores.areas.find(code);
  if (!area) throw fieldError('body.areaCode', 'svc.area_unknown', `no area ${code}`, { area: code });
  return area;
}

export async function createMobileUnit(ctx: SvcContext, input: MobileUnitInput) {
  authorize(ctx.actor, 'svc.venues');
  await knownArea(ctx, input.areaCode);
  const u = await ctx.stores.svc.insertMobileUnit(input);
  await ctx.audit.write({
    action: 'svc.mobile.create',
    entity: 'svc_mobile_unit',
    entityId: u.id,
    after: input,
  });
  return u;
}

async function findUnit(ctx: SvcContext, id: number): Promise<MobileUnitRecord> {
  const u = await ctx.stores.svc.getMobileUnit(id);
  if (!u) throw notFound('svc.mobile', id);
  return u;
}

const fileScope = (u: MobileUnitRecord, s: { areaCode: string; areaPath: string[] }) => ({
  organiserUnitId: u.hostUnitId,
  area: { code: s.areaCode, path: s.areaPath },
});

/** A reported stop's visitors, all groups together (0 before it is reported). */
export const stopVisitors = (s: Pick<TourStopRecord, 'headcount'>) =>
  Object.values(s.headcount ?? {}).reduce((n: number, x) => n + (x ?? 0), 0);

/** What a unit's stops add up to: visitors, activities and km; voided and unreported stops count nothing. */
function totals(stops: TourStopRecord[]) {
  const counted = stops.filter((s) => s.reportedAt && !s.voidedAt);
  return {
    stops: counted.length,
    visitors: counted.reduce((n, s) => n + stopVisitors(s), 0),
    activities: counted.reduce((n, s) => n + (s.activities ?? 0), 0),
    km: Math.round(counted.reduce((n, s) => n + (s.km ?? 0), 0) * 10) / 10,
  };
}

/** Every unit with its stops (planned, reported, voided) and what its reported stops add up to. */
export async function mobileUnits(ctx: SvcContext) {
  authorize(ctx.actor, 'svc.ledger.read');
  const [units, stops] = await Promise.all([ctx.stores.svc.listMobileUnits(), ctx.stores.svc.tourStops()]);
  return units.map((u) => {
    const own = stops.filter((s) => s.unitId === u.id);
    return { ...u, stops: own, totals: totals(own) };
  });
}

export async function planTourStop(ctx: SvcContext, unitId: number, body: TourStopBody) {
  const u = await findUnit(ctx, unitId);
  const area = await knownArea(ctx, body.areaCode);
  authorize(ctx.actor, 'svc.file', fileScope(u, { areaCode: area.code, areaPath: area.path }));
  if (body.campaignId && !(await ctx.stores.svc.getCampaign(body.campaignId)))
    throw fieldError('body.campaignId', 'svc.campaign_unknown', `no campaign ${body.campaignId}`);
  const s = await ctx.stores.svc.insertTourStop({ ...body, unitId, createdBy: who(ctx) });
  await ctx.audit.write({ action: 'svc.stop.create', entity: 'svc_tour_stop', entityId: s.id, after: body });
  return s;
}

async function findStop(ctx: SvcContext, id: number) {
  const s = await ctx.stores.svc.getTourStop(id);
  if (!s) throw notFound('svc.stop', id);
  return { s, u: await findUnit(ctx, s.unitId) };
}

/** Reports a stop once it has begun: its visitors become ledger visits dated at noon (UTC) of its last day. */
export async function reportTourStop(ctx: SvcContext, id: number, body: StopReportBody) {
  const { s, u } = await findStop(ctx, id);
  authorize(ctx.actor, 'svc.file', fileScope(u, s));
  if (s.voidedAt || s.reportedAt)
    throw new DomainError('svc.stop.state_conflict', 'the stop is reported or voided already', {
      state: s.voidedAt ? 'voided' : 'reported',
    });
  if (s.startsOn > ctx.clock.today())
    throw new DomainError('svc.stop.not_begun_conflict', 'a stop is reported once it has begun', {
      startsOn: s.startsOn,
    });
  const at = ctx.clock.now().toISOString();
  await ctx.stores.svc.reportTourStop(id, body, at);
  await ctx.stores.svc.insertLedger(
    targetGroups
      .filter((g) => (body.headcount[g] ?? 0) > 0)
      .map((g) => ({
        kind: 'visit' as const,
        registrationId: null,
        targetGroup: g,
        areaCode: s.areaCode,
        campaignId: s.campaignId,
        activityId: null,
        venueId: null,
        count: body.headcount[g] ?? 0,
        occurredAt: `${s.endsOn}T12:00:00.000Z`,
        evidence: `tour_stop:${id}`,
        createdBy: who(ctx),
      })),
  );
  await ctx.audit.write({ action: 'svc.stop.report', entity: 'svc_tour_stop', entityId: id, after: body });
  return { ...s, ...body, reportedAt: at };
}

export async function voidTourStop(ctx: SvcContext, id: number, reason: string) {
  authorize(ctx.actor, 'svc.ledger.void');
  const { s } = await findStop(ctx, id);
  if (s.voidedAt) return s;
  const at = ctx.clock.now().toISOString();
  await ctx.stores.svc.voidTourStop(id, reason, at);
  await ctx.stores.svc.voidLedger({ evidence: `tour_stop:${id}` }, reason, who(ctx), at);
  await ctx.audit.write({
    action: 'svc.stop.void',
    entity: 'svc_tour_stop',
    entityId: id,
    before: { reportedAt: s.reportedAt },
    after: { reason },
  });
  return { ...s, voidedAt: at, voidReason: reason };
}
