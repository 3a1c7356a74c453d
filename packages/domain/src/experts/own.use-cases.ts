// The expert's own page by the key given at creation (no account): the requests they answer (invitations today; the
// content review adds its own kind), their service record, the own-data export, the deletion request, and the purge
// of personal fields after a deletion request or the retention.
import { authorize } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import type { ExpContext } from './exp.ports.ts';
import type { ExpertRecord, InvitationRecord } from './exp.records.ts';
import { answerInvitation } from './invitations.use-cases.ts';

/** One thing the expert is asked to answer; `kind` says which use-case answers it (`invitation` today). */
export interface ExpertRequest {
  kind: 'invitation';
  id: number;
  title: string;
  /** when it takes place (the first session's start) */
  when: string | null;
  place: string;
  note: string;
  state: InvitationRecord['state'];
  reason: string | null;
  /** the expert may still accept or decline */
  open: boolean;
}
export const requestKinds = ['invitation'] as const;

export async function expertByKey(ctx: ExpContext, token: string): Promise<ExpertRecord> {
  const e = await ctx.stores.exp.expertByToken(token);
  if (!e || e.status === 'erased') throw new DomainError('exp.expert.not_found', 'no expert with this key');
  return e;
}

async function invitationRequests(ctx: ExpContext, expertId: number): Promise<ExpertRequest[]> {
  const list = await ctx.stores.exp.listInvitations({ expertId });
  const activities = new Map(
    (
      await Promise.all(
        [...new Set(list.map((i) => i.activityId))].map((id) => ctx.stores.svc.getActivity(id)),
      )
    )
      .filter((a) => a !== undefined)
      .map((a) => [a.id, a]),
  );
  const sessions = await ctx.stores.svc.sessionsOf([...activities.keys()]);
  return list.map((i) => {
    const a = activities.get(i.activityId);
    const first = sessions
      .filter((s) => s.activityId === i.activityId)
      .map((s) => s.startsAt)
      .sort()[0];
    return {
      kind: 'invitation' as const,
      id: i.id,
      title: i.activityTitle,
      when: first ?? null,
      place: a ? [a.areaName, a.address].filter(Boolean).join(' ') : '',
      note: i.note,
      state: i.state,
      reason: i.reason,
      open: i.state === 'requested',
    };
  });
}

export async function ownPage(ctx: ExpContext, token: string) {
  const e = await expertByKey(ctx, token);
  const [requests, services, pools] = await Promise.all([
    invitationRequests(ctx, e.id),
    ctx.stores.exp.listServices({ expertId: e.id }),
    ctx.stores.exp.listPools(),
  ]);
  return { expert: e, pools: pools.filter((p) => e.poolIds.includes(p.id)), requests, services };
}

/** The expert answers a request on their page. */
export async function answerRequest(
  ctx: ExpContext,
  token: string,
  kind: (typeof requestKinds)[number],
  id: number,
  answer: 'accept' | 'decline',
  reason: string,
) {
  const e = await expertByKey(ctx, token);
  if (kind === 'invitation') await answerInvitation(ctx, e.id, id, answer, reason);
}

/** Everything kept about the expert, as one JSON document (PIPL art. 45): the name and phone in full. */
export async function exportOwnData(ctx: ExpContext, token: string) {
  const page = await ownPage(ctx, token);
  await ctx.audit.write({
    action: 'exp.expert.export',
    entity: 'exp_expert',
    entityId: page.expert.id,
    actor: { id: null, username: 'public' },
  });
  return { exportedAt: ctx.clock.now().toISOString(), ...page };
}

export async function requestDeletion(ctx: ExpContext, token: string) {
  const e = await expertByKey(ctx, token);
  await ctx.stores.exp.setExpertStatus(e.id, 'deletion_requested');
  await ctx.audit.write({
    action: 'exp.expert.deletion_request',
    entity: 'exp_expert',
    entityId: e.id,
    actor: { id: null, username: 'public' },
  });
  return { status: 'deletion_requested' as const };
}

/** Erases the personal fields of experts who asked, and of those with nothing recorded within the retention. */
export async function purgeExperts(ctx: ExpContext, retentionDays: number) {
  authorize(ctx.actor, 'exp.pools');
  const before = new Date(ctx.clock.now().getTime() - retentionDays * 86_400_000).toISOString();
  const ids = await ctx.stores.exp.purgeable(before);
  for (const id of ids) {
    await ctx.stores.exp.eraseExpert(id);
    await ctx.audit.write({ action: 'exp.expert.purge', entity: 'exp_expert', entityId: id });
  }
  return { erased: ids.length };
}
