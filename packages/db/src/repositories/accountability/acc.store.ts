// The accountability storage port (AccStore) over one Kysely handle: rounds, work items and weights, and the rest.
import type { AccStore } from '@kepu/domain/accountability';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import { toExtension, toRound, toWorkItem } from './acc.mappers.ts';
import { accOutboxStore } from './acc.outbox.ts';
import { accReadStore } from './acc.reads.ts';
import { accReportStore } from './acc.report-store.ts';
import { unitAreaStore } from './unit-areas.ts';

type Db = Kysely<Database>;

export function accStore(db: Db): AccStore {
  return {
    ...unitAreaStore(db),
    ...accReadStore(db),
    ...accOutboxStore(db),
    ...accReportStore(db),
    findRound: async (id) => {
      const r = await db.selectFrom('acc_rounds').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toRound(r);
    },
    findRoundByPeriod: async (planId, year, period) => {
      const r = await db
        .selectFrom('acc_rounds')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('year', '=', year)
        .where('period', '=', period)
        .executeTakeFirst();
      return r && toRound(r);
    },
    insertRound: async (r) =>
      toRound(
        await db
          .insertInto('acc_rounds')
          .values({
            plan_id: r.planId,
            year: r.year,
            period: r.period,
            title: r.title,
            opens_on: r.opensOn,
            due_on: r.dueOn,
            closes_on: r.closesOn,
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),
    findExtension: async (roundId, unitId) => {
      const r = await db
        .selectFrom('acc_round_extensions')
        .selectAll()
        .where('round_id', '=', roundId)
        .where('unit_id', '=', unitId)
        .executeTakeFirst();
      return r && toExtension(r);
    },
    upsertExtension: async (e) =>
      toExtension(
        await db
          .insertInto('acc_round_extensions')
          .values({ round_id: e.roundId, unit_id: e.unitId, closes_on: e.closesOn, reason: e.reason })
          .onConflict((oc) =>
            oc.columns(['round_id', 'unit_id']).doUpdateSet({ closes_on: e.closesOn, reason: e.reason }),
          )
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),

    findWorkItem: async (id) => {
      const r = await db.selectFrom('acc_work_items').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toWorkItem(r);
    },
    listWorkItems: async (planId, year) =>
      (
        await db
          .selectFrom('acc_work_items')
          .selectAll()
          .where('plan_id', '=', planId)
          .where('year', '=', year)
          .orderBy('task_number')
          .orderBy('id')
          .execute()
      ).map(toWorkItem),
    insertWorkItem: async (w) =>
      toWorkItem(
        await db
          .insertInto('acc_work_items')
          .values({
            plan_id: w.planId,
            year: w.year,
            task_number: w.taskNumber,
            title: w.title,
            owner_unit_ids: w.ownerUnitIds,
            deliverable: w.deliverable,
            due_on: w.dueOn,
            target_value: w.targetValue,
            target_unit: w.targetUnit,
            weight: w.weight,
            copied_from: w.copiedFrom,
            evidence_required: w.evidenceRequired,
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),
    updateWorkItem: async (id, p) =>
      toWorkItem(
        await db
          .updateTable('acc_work_items')
          .set({
            ...(p.title !== undefined ? { title: p.title } : {}),
            ...(p.ownerUnitIds !== undefined ? { owner_unit_ids: p.ownerUnitIds } : {}),
            ...(p.deliverable !== undefined ? { deliverable: p.deliverable } : {}),
            ...(p.dueOn !== undefined ? { due_on: p.dueOn } : {}),
            ...(p.targetValue !== undefined ? { target_value: p.targetValue } : {}),
            ...(p.targetUnit !== undefined ? { target_unit: p.targetUnit } : {}),
            ...(p.weight !== undefined ? { weight: p.weight } : {}),
            ...(p.evidenceRequired !== undefined ? { evidence_required: p.evidenceRequired } : {}),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),
    setWeights: async (planId, weights) => {
      for (const w of weights) {
        await db
          .insertInto('acc_weights')
          .values({ plan_id: planId, level: w.level, ref: w.ref, weight: w.weight })
          .onConflict((oc) => oc.columns(['plan_id', 'level', 'ref']).doUpdateSet({ weight: w.weight }))
          .execute();
      }
    },
    listWeights: async (planId) =>
      (
        await db
          .selectFrom('acc_weights')
          .selectAll()
          .where('plan_id', '=', planId)
          .orderBy('level')
          .orderBy('ref')
          .execute()
      ).map((w) => ({
        level: w.level,
        ref: w.ref,
        weight: Number(w.weight),
      })),
  };
}
