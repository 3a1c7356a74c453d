// Campaigns and activities: filing, the logged workflow (each move an event and an audit entry), the summary's
// aggregate headcount written to the ledger on acceptance, and the public list of published activities.
import { authorize } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { type ActivityMove, movesFrom, nextState } from './activity.workflow.ts';
import { targetGroups } from './svc.codes.ts';
import type { SvcContext } from './svc.ports.ts';
import type { ActivityRecord, CampaignInput, LedgerEntryInput } from './svc.records.ts';
import type { ActivityBody, MoveBody } from './svc.schemas.ts';

const who = (ctx: SvcContext) => ctx.actor?.username ?? 'system';

export const listCampaigns = (ctx: SvcContext) => ctx.stores.svc.listCampaigns();

export async function createCampaign(ctx: SvcContext, input: CampaignInput) {
  authorize(ctx.actor, 'svc.campaigns');
  const c = await ctx.stores.svc.insertCampaign(input);
  await ctx.audit.write({ action: 'svc.campaign.create', entity: 'svc_campaign', entityId: c.id, after: c });
  return c;
}

export async function findActivity(ctx: SvcContext, id: number): Promise<ActivityRecord> {
  const a = await ctx.stores.svc.getActivity(id);
  if (!a) throw notFound('svc.activity', id);
  return a;
}

const scopeOf = (a: Pick<ActivityRecord, 'organiserUnitId' | 'areaPath' | 'areaCode'>) => ({
  organiserUnitId: a.organiserUnitId,
  area: { code: a.areaCode, path: a.areaPath },
});

export async function createActivity(ctx: SvcContext, body: ActivityBody) {
  const area = await ctx.stores.areas.find(body.areaCode);
  if (!area)
    throw fieldError('body.areaCode', 'svc.area_unknown', `no area ${body.areaCode}`, {
      area: body.areaCode,
    });
  const organiserUnitId =
    body.organiserUnitId !== undefined
      ? body.organiserUnitId
      : ctx.actor?.role === 'liaison'
        ? ctx.actor.unitId
        : null;
  authorize(ctx.actor, 'svc.file', { organiserUnitId, area: { code: area.code, path: area.path } });
  if (body.campaignId && !(await ctx.stores.svc.getCampaign(body.campaignId)))
    throw fieldError('body.campaignId', 'svc.campaign_unknown', `no campaign ${body.campaignId}`, {
      campaign: body.campaignId,
    });
  if (body.mode === 'offline' && !body.address && !body.venueId)
    throw fieldError(
      'body.address',
      'svc.address_missing',
      'an offline activity needs an address or a venue',
    );
  const { sessions, ...rest } = body;
  const a = await ctx.stores.svc.insertActivity({
    ...rest,
    organiserUnitId,
    createdBy: ctx.actor?.userId || null,
  });
  await ctx.stores.svc.insertSessions(a.id, sessions);
  await ctx.stores.svc.insertActivityEvent(a.id, {
    fromState: null,
    toState: 'draft',
    note: null,
    byName: who(ctx),
    byUser: ctx.actor?.userId || null,
  });
  await ctx.audit.write({
    action: 'svc.activity.create',
    entity: 'svc_activity',
    entityId: a.id,
    after: body,
  });
  return a;
}

/** One move of the workflow; accepting a summary writes its aggregate headcount to the ledger. */
export async function moveActivity(ctx: SvcContext, id: number, body: MoveBody) {
  const a = await findActivity(ctx, id);
  const move = body.move as ActivityMove;
  const reviewing = move === 'approve' || move === 'return' || move === 'accept';
  if (reviewing) authorize(ctx.actor, 'svc.review', { area: { code: a.areaCode, path: a.areaPath } });
  else authorize(ctx.actor, 'svc.file', scopeOf(a));
  const to = nextState(a.state, move, a.summary !== null);
  if (move === 'summarise' && !body.summary)
    throw fieldError('body.summary', 'svc.summary_missing', 'a summary needs the headcount by target group');
  await ctx.stores.svc.setActivityState(id, to, move === 'summarise' ? body.summary : undefined);
  await ctx.stores.svc.insertActivityEvent(id, {
    fromState: a.state,
    toState: to,
    note: body.note ?? null,
    byName: who(ctx),
    byUser: ctx.actor?.userId || null,
  });
  if (move === 'accept' && a.summary) {
    const at = ctx.clock.now().toISOString();
    const entries: LedgerEntryInput[] = targetGroups
      .filter((g) => (a.summary?.headcount[g] ?? 0) > 0)
      .map((g) => ({
        kind: 'headcount',
        registrationId: null,
        targetGroup: g,
        areaCode: a.areaCode,
        campaignId: a.campaignId,
        activityId: a.id,
        venueId: a.venueId,
        count: a.summary?.headcount[g] ?? 0,
        occurredAt: at,
        evidence: a.summary?.evidence.join('\n') || null,
        createdBy: who(ctx),
      }));
    await ctx.stores.svc.insertLedger(entries);
  }
  await ctx.audit.write({
    action: 'svc.activity.move',
    entity: 'svc_activity',
    entityId: id,
    before: { state: a.state },
    after: { state: to, move, note: body.note ?? null },
  });
  return { ...a, state: to };
}

/** An activity with its sessions, history and the moves the reader may make. */
export async function activityDetail(ctx: SvcContext, id: number) {
  authorize(ctx.actor, 'svc.ledger.read');
  const a = await findActivity(ctx, id);
  const [sessions, events] = await Promise.all([
    ctx.stores.svc.sessionsOf([id]),
    ctx.stores.svc.activityEvents(id),
  ]);
  return { activity: a, sessions, events, moves: movesFrom(a.state, a.summary !== null) };
}

/** The staff list: every activity in the reader's area (a liaison's own unit's), newest first. */
export async function listActivities(ctx: SvcContext) {
  authorize(ctx.actor, 'svc.ledger.read');
  const all = await ctx.stores.svc.listActivities({
    ...(ctx.actor?.role === 'district' && ctx.actor.areaCode ? { areaRoot: ctx.actor.areaCode } : {}),
  });
  const mine =
    ctx.actor?.role === 'liaison' ? all.filter((a) => a.organiserUnitId === ctx.actor?.unitId) : all;
  const sessions = await ctx.stores.svc.sessionsOf(mine.map((a) => a.id));
  return mine.map((a) => ({ activity: a, sessions: sessions.filter((s) => s.activityId === a.id) }));
}

/** The public list: published activities (no account needed), filtered by area, dates, campaign and audience. */
export async function publicActivities(
  ctx: SvcContext,
  q: { area?: string; from?: string; to?: string; campaign?: number; audience?: string; q?: string },
) {
  const list = await ctx.stores.svc.listActivities({
    states: ['published'],
    ...(q.area && { areaRoot: q.area }),
    ...(q.from && { from: q.from }),
    ...(q.to && { to: q.to }),
    ...(q.campaign && { campaignId: q.campaign }),
    ...(q.audience && { audience: q.audience }),
    ...(q.q && { text: q.q }),
  });
  const sessions = await ctx.stores.svc.sessionsOf(list.map((a) => a.id));
  return list.map((a) => ({ activity: a, sessions: sessions.filter((s) => s.activityId === a.id) }));
}

/** One published activity for the public page. */
export async function publicActivity(ctx: SvcContext, id: number) {
  const a = await ctx.stores.svc.getActivity(id);
  if (!a || a.state !== 'published') throw notFound('svc.activity', id);
  return { activity: a, sessions: await ctx.stores.svc.sessionsOf([id]) };
}
