// A campaign's report for the office (科普日、科技活动周 …): its activities and participants by district (with the
// plan's target groups and per 10,000 residents), by activity type, and each activity with its state and its
// participants, all from the participation ledger under the reader's area.
import { notFound } from '../errors.ts';
import { districtFigures, figuresRoot } from './ledger.use-cases.ts';
import {
  type ActivityType,
  activityTypes,
  heldStates,
  participationKinds,
  targetGroups,
} from './svc.codes.ts';
import type { SvcContext } from './svc.ports.ts';

export interface CampaignTypeRow {
  type: ActivityType;
  activities: number;
  held: number;
  participants: number;
}

export async function campaignReport(ctx: SvcContext, campaignId: number) {
  const scope = await figuresRoot(ctx);
  const campaign = await ctx.stores.svc.getCampaign(campaignId);
  if (!campaign) throw notFound('svc.campaign', campaignId);
  const filter = { areaRoot: scope.root.code, campaignId };
  const [figures, perActivity, listed] = await Promise.all([
    districtFigures(ctx, scope, filter, Number(campaign.startsOn.slice(0, 4))),
    ctx.stores.svc.participantsByActivity({ ...filter, kinds: [...participationKinds] }),
    ctx.stores.svc.listActivities({ campaignId, areaRoot: scope.root.code }),
  ]);
  // a draft or a cancelled activity was never part of the campaign's work
  const activities = listed.filter((a) => a.state !== 'draft' && a.state !== 'cancelled');
  const sessions = await ctx.stores.svc.sessionsOf(activities.map((a) => a.id));
  const people = new Map<number, number>();
  for (const r of perActivity) people.set(r.activityId, (people.get(r.activityId) ?? 0) + r.count);
  const held = (state: string) => (heldStates as readonly string[]).includes(state);
  const byType: CampaignTypeRow[] = activityTypes
    .map((type) => {
      const of = activities.filter((a) => a.type === type);
      return {
        type,
        activities: of.length,
        held: of.filter((a) => held(a.state)).length,
        participants: of.reduce((n, a) => n + (people.get(a.id) ?? 0), 0),
      };
    })
    .filter((r) => r.activities > 0);
  const first = (id: number) =>
    sessions
      .filter((s) => s.activityId === id)
      .map((s) => s.startsAt)
      .sort()[0] ?? null;
  return {
    campaign,
    root: { code: scope.root.code, name: scope.root.name },
    groups: targetGroups,
    ...figures,
    byType,
    activities: activities
      .map((a) => ({
        id: a.id,
        title: a.title,
        organiser: a.organiser,
        areaName: a.areaName,
        type: a.type,
        state: a.state,
        startsAt: first(a.id),
        participants: people.get(a.id) ?? 0,
        demo: a.demo,
      }))
      .sort((x, y) => (x.startsAt ?? '').localeCompare(y.startsAt ?? '')),
  };
}
export type CampaignReport = Awaited<ReturnType<typeof campaignReport>>;
