// Audit use-cases: the office reads the log of who did what, when, before and after.
import { authorize } from '../auth/policy.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import type { AuditLog, AuditPage, AuditQuery } from './ports.ts';

export async function auditPage(
  ctx: UseCaseContext<{ auditLog: AuditLog }>,
  q: AuditQuery,
): Promise<AuditPage> {
  authorize(ctx.actor, 'audit.read');
  return ctx.stores.auditLog.page(q);
}
