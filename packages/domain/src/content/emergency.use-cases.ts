// Emergency mode: packs are written and reviewed ahead of time; when a hazard strikes the office signs one off and it
// is public at once (published if it was not), with its sign-off kept; every unit of the jurisdiction is notified
// (the fan-out runs as a job), and the portal leads with the pack until the office ends the emergency.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import type { CntContext } from './cnt.ports.ts';
import { actorName, move, nowIso, stateConflict } from './works.use-cases.ts';

export async function startEmergency(ctx: CntContext, b: { workId: number; signOff: string }) {
  authorize(ctx.actor, 'cnt.emergency');
  const w = await ctx.stores.cnt.lockWork(b.workId);
  if (!w) throw fieldError('body.workId', 'cnt.work_unknown', `no work ${b.workId}`);
  if (w.kind !== 'emergency_pack' || !w.hazard)
    throw fieldError(
      'body.workId',
      'cnt.not_a_pack',
      'only an emergency pack is published in emergency mode',
    );
  if (!['approved', 'published', 'withdrawn'].includes(w.state)) throw stateConflict(w, 'emergency');
  if ((await ctx.stores.cnt.emergencies({ active: true, workId: w.id })).length > 0)
    throw new DomainError('cnt.emergency.active_conflict', `work ${w.id} is already in emergency mode`);
  const at = nowIso(ctx);
  if (w.state !== 'published') await move(ctx, w, 'publish', b.signOff);
  const id = await ctx.stores.cnt.insertEmergency({
    workId: w.id,
    hazard: w.hazard,
    signOff: b.signOff,
    startedBy: actorName(ctx),
    startedAt: at,
  });
  await ctx.stores.cnt.insertEvent({
    workId: w.id,
    move: 'emergency',
    fromState: 'published',
    toState: 'published',
    version: w.version,
    by: actorName(ctx),
    at,
    note: b.signOff,
  });
  await ctx.audit.write({
    action: 'cnt.emergency.start',
    entity: 'cnt_emergency',
    entityId: id,
    after: { workId: w.id, hazard: w.hazard, signOff: b.signOff },
  });
  return (await ctx.stores.cnt.getEmergency(id)) as NonNullable<
    Awaited<ReturnType<typeof ctx.stores.cnt.getEmergency>>
  >;
}

export async function endEmergency(ctx: CntContext, id: number, note: string) {
  authorize(ctx.actor, 'cnt.emergency');
  const e = await ctx.stores.cnt.getEmergency(id);
  if (!e) throw notFound('cnt.emergency', id);
  if (e.endedAt) throw new DomainError('cnt.emergency.ended_conflict', `emergency ${id} has ended`);
  await ctx.stores.cnt.endEmergency(id, actorName(ctx), nowIso(ctx), note);
  await ctx.audit.write({
    action: 'cnt.emergency.end',
    entity: 'cnt_emergency',
    entityId: id,
    after: { note },
  });
}

export async function listEmergencies(ctx: CntContext) {
  authorize(ctx.actor, 'cnt.read');
  return ctx.stores.cnt.emergencies({});
}

/** The fan-out (a job): one notification to every unit of the jurisdiction, with the pack's public address. Each
 *  unit is notified once however often the job runs. */
export async function notifyEmergency(ctx: CntContext, id: number, jurisdiction: string) {
  const e = await ctx.stores.cnt.getEmergency(id);
  if (!e) return 0;
  const units = await ctx.stores.acc.jurisdictionUnits(jurisdiction);
  let sent = 0;
  for (const u of units)
    if (
      await ctx.stores.acc.notify({
        unitId: u.id,
        kind: 'content_emergency',
        dedupeKey: `content_emergency:${id}:${u.id}`,
        params: { title: e.title },
        link: `/portal/content/${e.workId}`,
      })
    )
      sent++;
  return sent;
}
