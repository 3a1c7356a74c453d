// Check-in at the door: scans (one, or a batch queued offline) each with the scanner's nonce, so a scan sent twice
// counts once ("replayed") and a ticket scanned twice is a "duplicate"; walk-ins counted by group as a headcount.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { findActivity } from './activities.use-cases.ts';
import { type TargetGroup, targetGroups } from './svc.codes.ts';
import type { SvcContext } from './svc.ports.ts';
import type { ActivityRecord, LedgerEntryInput, ScanInput, ScanResult } from './svc.records.ts';

async function staffSession(ctx: SvcContext, sessionId: number) {
  const s = await ctx.stores.svc.lockSession(sessionId);
  if (!s) throw notFound('svc.session', sessionId);
  const a = await findActivity(ctx, s.activityId);
  authorize(ctx.actor, 'svc.checkin', {
    organiserUnitId: a.organiserUnitId,
    area: { code: a.areaCode, path: a.areaPath },
  });
  if (a.state !== 'published' && a.state !== 'completed')
    throw new DomainError('svc.checkin.closed_conflict', 'check-in is open while the activity is published', {
      state: a.state,
    });
  return { session: s, activity: a };
}

export interface ScanOutcome {
  nonce: string;
  result: ScanResult;
  name?: string;
  minors?: number;
}

/**
 * Applies scans in the order they were made: a nonce already stored answers its first result again (`replayed`), a
 * ticket already in answers `duplicate`; every other valid ticket is checked in with one ledger entry.
 */
export async function applyScans(ctx: SvcContext, sessionId: number, scans: ScanInput[]) {
  const { activity: a } = await staffSession(ctx, sessionId);
  const ordered = [...scans].sort((x, y) => x.scannedAt.localeCompare(y.scannedAt));
  const seenNonce = new Set<string>();
  const tickets = await ctx.stores.svc.ticketsByTokens([...new Set(ordered.map((s) => s.token))]);
  const checkedNow = new Set<number>();
  const outcomes = new Map<string, ScanOutcome>();
  const rows: {
    nonce: string;
    sessionId: number;
    registrationId: number | null;
    result: string;
    scannedAt: string;
  }[] = [];
  for (const s of ordered) {
    if (seenNonce.has(s.nonce)) continue;
    seenNonce.add(s.nonce);
    const t = tickets.get(s.token);
    let result: ScanResult;
    if (!t) result = 'unknown';
    else if (t.sessionId !== sessionId) result = 'wrong_session';
    else if (t.status === 'checked_in' || checkedNow.has(t.registrationId)) result = 'duplicate';
    else if (t.status !== 'confirmed') result = 'not_confirmed';
    else {
      result = 'checked_in';
      checkedNow.add(t.registrationId);
    }
    rows.push({
      nonce: s.nonce,
      sessionId,
      registrationId: t?.registrationId ?? null,
      result,
      scannedAt: s.scannedAt,
    });
    outcomes.set(s.nonce, { nonce: s.nonce, result, ...(t && { name: t.name, minors: t.minors }) });
  }
  // nonces stored by an earlier sync: their first result stands and nothing is counted again
  const old = await ctx.stores.svc.claimNonces(rows, ctx.actor?.userId || null);
  const fresh = rows.filter((r) => !old.has(r.nonce));
  const firstResults = await ctx.stores.svc.scanResults([...old]);
  for (const n of old) outcomes.set(n, { nonce: n, result: 'replayed' });
  const checked = fresh.filter((r) => r.result === 'checked_in');
  await ctx.stores.svc.markCheckedIn(
    checked.map((r) => r.registrationId as number),
    ctx.clock.now().toISOString(),
  );
  const byReg = new Map([...tickets.values()].map((t) => [t.registrationId, t]));
  await ctx.stores.svc.insertLedger(
    checked.map((r) => {
      const t = byReg.get(r.registrationId as number);
      return ledgerEntry(
        a,
        t?.targetGroup ?? 'public',
        1 + (t?.minors ?? 0),
        r.scannedAt,
        ctx.actor?.username ?? 'system',
        r.registrationId,
      );
    }),
  );
  const counts = { checkedIn: checked.length, duplicates: 0, replayed: old.size, other: 0 };
  for (const o of outcomes.values()) {
    if (o.result === 'duplicate') counts.duplicates++;
    else if (o.result !== 'checked_in' && o.result !== 'replayed') counts.other++;
  }
  await ctx.audit.write({
    action: scans.length === 1 ? 'svc.checkin.scan' : 'svc.checkin.sync',
    entity: 'svc_session',
    entityId: sessionId,
    after: { scans: scans.length, ...counts },
  });
  return {
    counts,
    outcomes: scans.map((s) => outcomes.get(s.nonce) as ScanOutcome),
    firstResults: Object.fromEntries(firstResults),
  };
}

function ledgerEntry(
  a: ActivityRecord,
  group: TargetGroup,
  count: number,
  at: string,
  by: string,
  registrationId: number | null,
): LedgerEntryInput {
  return {
    kind: registrationId ? 'check_in' : 'headcount',
    registrationId,
    targetGroup: group,
    areaCode: a.areaCode,
    campaignId: a.campaignId,
    activityId: a.id,
    venueId: a.venueId,
    count,
    occurredAt: at,
    evidence: null,
    createdBy: by,
  };
}

/**
 * People who came without a ticket, counted by group at the door: aggregate entries with a ticket's standing. A count
 * queued offline carries a nonce like a scan; sent again it answers `replayed` and counts nothing.
 */
export async function recordWalkIns(
  ctx: SvcContext,
  sessionId: number,
  input: {
    counts: Partial<Record<TargetGroup, number>>;
    nonce?: string | undefined;
    countedAt?: string | undefined;
  },
) {
  const { activity: a } = await staffSession(ctx, sessionId);
  const { counts } = input;
  const at = input.countedAt ?? ctx.clock.now().toISOString();
  if (input.nonce) {
    const claim = { nonce: input.nonce, sessionId, registrationId: null, result: 'walk_in', scannedAt: at };
    const old = await ctx.stores.svc.claimNonces([claim], ctx.actor?.userId || null);
    if (old.size) return { recorded: 0, replayed: true };
  }
  const by = ctx.actor?.username ?? 'system';
  const entries = targetGroups
    .filter((g) => (counts[g] ?? 0) > 0)
    .map((g) => ledgerEntry(a, g, counts[g] ?? 0, at, by, null));
  await ctx.stores.svc.insertLedger(entries);
  await ctx.audit.write({
    action: 'svc.checkin.walk_in',
    entity: 'svc_session',
    entityId: sessionId,
    after: counts,
  });
  return { recorded: entries.reduce((n, e) => n + e.count, 0), replayed: false };
}

/** Self check-in by the poster's QR code opens an hour before a session and closes at its end. */
const SELF_OPENS_MS = 60 * 60 * 1000;

/**
 * A visitor's own check-in at an open event (the poster's QR code at the door, no ticket, no account): a headcount of
 * one plus the children with them, marked `self_check_in` as its evidence, so an office can tell these entries apart
 * and void them with a reason. The visitor's device makes the nonce, so a retried request counts once.
 */
export async function selfCheckIn(
  ctx: SvcContext,
  sessionId: number,
  input: { nonce: string; targetGroup: TargetGroup; minors: number },
) {
  const s = await ctx.stores.svc.getSession(sessionId);
  if (!s) throw notFound('svc.session', sessionId);
  const a = await findActivity(ctx, s.activityId);
  const now = ctx.clock.now();
  const open =
    now.getTime() >= Date.parse(s.startsAt) - SELF_OPENS_MS && now.getTime() <= Date.parse(s.endsAt);
  if ((a.state !== 'published' && a.state !== 'completed') || !open)
    throw new DomainError('svc.checkin.closed_conflict', 'self check-in is open while the session runs', {
      state: a.state,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
    });
  const at = now.toISOString();
  const claim = {
    nonce: input.nonce,
    sessionId,
    registrationId: null,
    result: 'self_check_in',
    scannedAt: at,
  };
  if ((await ctx.stores.svc.claimNonces([claim], null)).size) return { counted: 0, replayed: true };
  const count = 1 + input.minors;
  await ctx.stores.svc.insertLedger([
    { ...ledgerEntry(a, input.targetGroup, count, at, 'self', null), evidence: 'self_check_in' },
  ]);
  await ctx.audit.write({
    action: 'svc.checkin.self',
    entity: 'svc_session',
    entityId: sessionId,
    after: { targetGroup: input.targetGroup, count },
  });
  return { counted: count, replayed: false };
}

/** The door list of a session for staff: who is registered and who is in (manual lookup by name or code). */
export async function doorList(ctx: SvcContext, sessionId: number) {
  const { session, activity } = await staffSession(ctx, sessionId);
  const regs = await ctx.stores.svc.registrationsOf(sessionId);
  return { session, activity, registrations: regs.filter((r) => r.status !== 'cancelled') };
}
