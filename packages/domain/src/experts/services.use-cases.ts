// Service records (lecture, consultation, content review): each writes one `expert_service` entry on the participation
// ledger in the same transaction (evidence `exp_service:<id>`, not a participation kind); voiding the record voids it.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { ExpContext } from './exp.ports.ts';
import type { ExpertRecord, ServiceInput } from './exp.records.ts';
import { expertScope, managedExpert } from './experts.use-cases.ts';

const by = (ctx: ExpContext) => ctx.actor?.username ?? 'system';
export const serviceEvidence = (id: number) => `exp_service:${id}`;

/** Writes the record and its ledger entry: at the activity's area, else the expert's first area served. */
export async function writeService(ctx: ExpContext, expert: ExpertRecord, s: ServiceInput) {
  const a = s.activityId ? await ctx.stores.svc.getActivity(s.activityId) : undefined;
  if (s.activityId && !a)
    throw fieldError('body.activityId', 'exp.activity_unknown', `no activity ${s.activityId}`);
  const areaCode = a?.areaCode ?? expert.areas[0]?.code ?? ctx.jurisdiction ?? ctx.defaultJurisdiction;
  if (!areaCode) throw fieldError('body.expertId', 'exp.area_unknown', 'the expert serves no area');
  const rec = await ctx.stores.exp.insertService(s, by(ctx));
  await ctx.stores.svc.insertLedger([
    {
      kind: 'expert_service',
      registrationId: null,
      targetGroup: 'public',
      areaCode,
      campaignId: a?.campaignId ?? null,
      activityId: a?.id ?? null,
      venueId: null,
      count: 1,
      // noon in China on the day served: the same calendar day on either side of UTC
      occurredAt: new Date(`${s.date}T12:00:00+08:00`).toISOString(),
      evidence: serviceEvidence(rec.id),
      createdBy: by(ctx),
    },
  ]);
  await ctx.audit.write({
    action: 'exp.service.create',
    entity: 'exp_service',
    entityId: rec.id,
    after: { expertId: s.expertId, kind: s.kind, date: s.date, hours: s.hours, activityId: s.activityId },
  });
  return rec;
}

/** Staff record a lecture, consultation or review by hand. */
export async function recordService(
  ctx: ExpContext,
  body: Omit<ServiceInput, 'invitationId' | 'ref'> & { ref?: string | null },
) {
  const e = await managedExpert(ctx, body.expertId, 'body.expertId');
  if (body.date > ctx.clock.today())
    throw fieldError('body.date', 'exp.date_future', 'the service is in the future');
  return writeService(ctx, e, { ...body, invitationId: null, ref: body.ref ?? null });
}

/**
 * A content review done by an expert, written by the content review (issue 16's review of works): the caller has
 * authorised the review itself; `ref` names the reviewed work (e.g. `content:12`).
 */
export async function recordContentReview(
  ctx: ExpContext,
  r: { expertId: number; date: string; hours: number; ref: string; note?: string },
) {
  const e = await ctx.stores.exp.getExpert(r.expertId);
  if (!e || e.status === 'erased')
    throw fieldError('body.expertId', 'exp.expert_unknown', `no expert ${r.expertId}`);
  return writeService(ctx, e, {
    expertId: r.expertId,
    kind: 'content_review',
    date: r.date,
    hours: r.hours,
    activityId: null,
    invitationId: null,
    ref: r.ref,
    note: r.note ?? '',
  });
}

/** Voids a record with a reason (never a delete), and its ledger entry with it. */
export async function voidService(ctx: ExpContext, id: number, reason: string) {
  const s = await ctx.stores.exp.getService(id);
  if (!s) throw notFound('exp.service', id);
  const e = await ctx.stores.exp.getExpert(s.expertId);
  authorize(ctx.actor, 'exp.manage', e ? expertScope(e) : []);
  if (s.voidedAt)
    throw new DomainError('exp.service.state_conflict', `service ${id} is void already`, { id });
  const at = ctx.clock.now().toISOString();
  await ctx.stores.exp.voidService(id, reason, by(ctx), at);
  await ctx.stores.svc.voidLedger({ evidence: serviceEvidence(id) }, reason, by(ctx), at);
  await ctx.audit.write({
    action: 'exp.service.void',
    entity: 'exp_service',
    entityId: id,
    after: { reason },
  });
  return { id, voided: true };
}
