// Audit use-cases: the office reads the log of who did what, when, before and after.
import { addDays } from '../accountability/dates.ts';
import { authorize } from '../auth/policy.ts';
import { dayStart } from '../kernel/clock.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import type { AuditLog, AuditPage, AuditQuery } from './ports.ts';

/** A page of the log, newest first; `from` and `to` are whole days in the jurisdiction's time zone. */
export async function auditPage(
  ctx: UseCaseContext<{ auditLog: AuditLog }>,
  q: AuditQuery,
): Promise<AuditPage> {
  authorize(ctx.actor, 'audit.read');
  const { from, to, ...rest } = q;
  const zone = ctx.clock.timeZone;
  return ctx.stores.auditLog.page({
    ...rest,
    since: from ? dayStart(zone, from) : undefined,
    until: to ? dayStart(zone, addDays(to, 1)) : undefined,
  });
}
