// A training session held on the participation ledger: one `training` entry per trainee group (count = the course's
// trainees of that group), in the course's area, for its organising unit, dated the session's first day (noon in the
// jurisdiction's time), evidence `trn_session:<id>`. A correction voids a session's entries and writes them again.
import type { TargetGroup } from '../services/svc.codes.ts';
import { sessionEvidence } from './trn.codes.ts';
import type { TrnContext } from './trn.ports.ts';
import type { CourseRecord, SessionRecord } from './trn.records.ts';

/** The course's trainees by group: its headcount, or its named trainees counted. */
export async function traineesByGroup(ctx: TrnContext, c: CourseRecord) {
  if (c.traineeMode === 'headcount') return c.headcount;
  const by: Partial<Record<TargetGroup, number>> = {};
  for (const t of await ctx.stores.trn.listTrainees(c.id)) by[t.targetGroup] = (by[t.targetGroup] ?? 0) + 1;
  return by;
}

/** Writes the ledger entries of a session held. */
export async function writeSession(ctx: TrnContext, c: CourseRecord, s: SessionRecord) {
  const by = await traineesByGroup(ctx, c);
  const entries = Object.entries(by)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([g, n]) => ({
      kind: 'training' as const,
      registrationId: null,
      targetGroup: g as TargetGroup,
      areaCode: c.areaCode,
      campaignId: null,
      activityId: null,
      venueId: null,
      count: n as number,
      occurredAt: `${s.startsOn}T04:00:00.000Z`,
      evidence: sessionEvidence(s.id),
      createdBy: ctx.actor?.username ?? 'system',
      unitId: c.organiserUnitId,
    }));
  await ctx.stores.svc.insertLedger(entries);
  return entries.length;
}

/** Voids a session's entries with the reason. */
export async function voidSessionEntries(ctx: TrnContext, sessionId: number, reason: string) {
  await ctx.stores.svc.voidLedger(
    { kind: 'training', evidence: sessionEvidence(sessionId) },
    reason,
    ctx.actor?.username ?? 'system',
    ctx.clock.now().toISOString(),
  );
}

/** After a correction of the course's trainees, area or unit: its completed sessions' entries written again. */
export async function syncLedger(ctx: TrnContext, courseId: number, reason: string) {
  const c = await ctx.stores.trn.getCourse(courseId);
  if (!c) return;
  for (const s of await ctx.stores.trn.listSessions(courseId)) {
    if (s.state !== 'completed') continue;
    await voidSessionEntries(ctx, s.id, reason);
    await writeSession(ctx, c, s);
  }
}
