// Per-request accountability context: the current plan, today, a transaction with the AccStore and the audit sink.

import { accStore, auditSink, type Database, loadAccSnapshot } from '@kepu/db';
import {
  type AccContext,
  type AccSnapshot,
  authorize,
  calendarNotifications,
  DomainError,
  inArea,
  type PlanBundle,
} from '@kepu/domain';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { accClock, today } from './clock.ts';
import { loadPlanWithLocalUnits } from './local-units.ts';

export const idParam = z.coerce.number().int().positive().max(2_147_483_647);
export const idParams = z.object({ id: idParam });

/** The current plan with the jurisdiction's local units, which may own work items and so owe reports. */
export const currentPlan = (req: FastifyRequest) => loadPlanWithLocalUnits(req, 'current');

/** Runs a use-case with its audit entries in one transaction. */
export function withAcc<T>(
  req: FastifyRequest,
  plan: PlanBundle,
  fn: (ctx: AccContext, trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return req.server.kepu.db.transaction().execute((trx) =>
    fn(
      {
        actor: req.actor,
        plan,
        acc: accStore(trx),
        audit: auditSink(trx, req.actor),
        today: today(),
        now: accClock.now(),
      },
      trx,
    ),
  );
}

/** Stores the calendar notifications due by today (round opened, due in 3 days); idempotent. */
export async function syncCalendarNotifications(
  db: Kysely<Database>,
  plan: PlanBundle,
  snapshot?: AccSnapshot,
): Promise<number> {
  const s = snapshot ?? (await loadAccSnapshot(db, plan.plan.id));
  const store = accStore(db);
  let added = 0;
  for (const n of calendarNotifications(plan, s, today())) if (await store.notify(n)) added++;
  return added;
}

/** Units a reader may see on the board and scorecards: all, or a district admin's area. */
export function unitVisibility(
  req: FastifyRequest,
  s: AccSnapshot,
): ((unitId: number) => boolean) | undefined {
  const a = req.actor;
  if (a?.role === 'district') return (unitId) => !!a.areaCode && inArea(s.unitAreas.get(unitId), a.areaCode);
  return undefined;
}

export function requireBoardReader(req: FastifyRequest): void {
  authorize(req.actor, 'acc.board.read');
}

export function requireUnit(req: FastifyRequest): number {
  const unitId = req.actor?.unitId;
  if (!unitId) throw new DomainError('auth.forbidden', 'this page is for unit liaisons');
  return unitId;
}
