// Accountability reads: the year snapshot views are computed from, a report with its history and files, inspections,
// notifications, evidence downloads and the email outbox.
import type { AccNotification, AccReportEvent, AccSnapshot } from '@kepu/domain/accountability';
import type { Kysely, Selectable } from 'kysely';
import type {
  AccRectificationsTable,
  AccReportsTable,
  AccRoundExtensionsTable,
  AccRoundsTable,
  AccWeightsTable,
  AccWorkItemsTable,
} from '../../schema/accountability.ts';
import type { Database } from '../../schema.ts';
import { jsonRows } from '../json-rows.ts';
import {
  toExtension,
  toFileInfo,
  toInspection,
  toRectification,
  toRectificationEvent,
  toReport,
  toRound,
  toWorkItem,
} from './acc.mappers.ts';

type Db = Kysely<Database>;

export async function listRounds(db: Db, planId: number) {
  return (
    await db
      .selectFrom('acc_rounds')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('opens_on', 'desc')
      .orderBy('id', 'desc')
      .execute()
  ).map(toRound);
}

export async function listExtensions(db: Db, roundId: number) {
  return (
    await db
      .selectFrom('acc_round_extensions')
      .selectAll()
      .where('round_id', '=', roundId)
      .orderBy('unit_id')
      .execute()
  ).map(toExtension);
}

/**
 * Rounds, reports, work items, weights and rectifications of a plan, in one statement: of every round, of one year's
 * rounds (`year`), or of one round (`round`, with its year's work items).
 */
export async function loadAccSnapshot(
  db: Db,
  planId: number,
  only: { year?: number; round?: number } = {},
): Promise<AccSnapshot> {
  const rounds = db
    .selectFrom('acc_rounds')
    .where('plan_id', '=', planId)
    .$if(only.year !== undefined, (q) => q.where('year', '=', only.year as number))
    .$if(only.round !== undefined, (q) => q.where('id', '=', only.round as number));
  const items = db.selectFrom('acc_work_items').selectAll().where('plan_id', '=', planId);
  const s = await db
    .selectNoFrom([
      jsonRows<Selectable<AccRoundsTable>>(rounds.selectAll(), 'due_on', 'id').as('rounds'),
      jsonRows<Selectable<AccReportsTable>>(
        db.selectFrom('acc_reports').selectAll().where('round_id', 'in', rounds.select('id')),
        'id',
      ).as('reports'),
      jsonRows<Selectable<AccRoundExtensionsTable>>(
        db.selectFrom('acc_round_extensions').selectAll().where('round_id', 'in', rounds.select('id')),
        'round_id',
        'unit_id',
      ).as('extensions'),
      jsonRows<Selectable<AccWorkItemsTable>>(
        only.year !== undefined
          ? items.where('year', '=', only.year)
          : only.round !== undefined
            ? items.where('year', 'in', rounds.select('year'))
            : items,
        'id',
      ).as('items'),
      jsonRows<Selectable<AccWeightsTable>>(
        db.selectFrom('acc_weights').selectAll().where('plan_id', '=', planId),
        'level',
        'ref',
      ).as('weights'),
      jsonRows<RectificationRow>(
        db
          .selectFrom('acc_rectifications as r')
          .innerJoin('acc_inspections as i', 'i.id', 'r.inspection_id')
          .selectAll('r')
          .select(['i.title as inspection_title', 'i.held_on as inspection_held_on'])
          .where('i.plan_id', '=', planId),
        'deadline',
        'id',
      ).as('rects'),
      jsonRows<{ unit_id: number; code: string; path: string[] }>(
        db
          .selectFrom('acc_unit_areas as u')
          .innerJoin('areas as a', 'a.code', 'u.area_code')
          .select(['u.unit_id', 'a.code', 'a.path']),
        'unit_id',
      ).as('areas'),
    ])
    .executeTakeFirstOrThrow();
  return {
    rounds: s.rounds.map(toRound),
    reports: s.reports.map(toReport),
    extensions: s.extensions.map(toExtension),
    workItems: s.items.map(toWorkItem),
    weights: s.weights.map((w) => ({ level: w.level, ref: w.ref, weight: Number(w.weight) })),
    rectifications: s.rects.map((r) => ({
      ...toRectification(r),
      inspection: { id: r.inspection_id, title: r.inspection_title, heldOn: r.inspection_held_on },
    })),
    unitAreas: new Map(s.areas.map((a) => [a.unit_id, { code: a.code, path: a.path }])),
  };
}

type RectificationRow = Selectable<AccRectificationsTable> & {
  inspection_title: string;
  inspection_held_on: string;
};

export async function findReportDetail(db: Db, id: number) {
  const row = await db.selectFrom('acc_reports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [events, files] = await Promise.all([
    db.selectFrom('acc_report_events').selectAll().where('report_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('acc_files')
      .select(['id', 'report_id', 'file_name', 'content_type', 'size', 'uploaded_by', 'uploaded_at'])
      .where('report_id', '=', id)
      .orderBy('id')
      .execute(),
  ]);
  return {
    report: toReport(row),
    history: events.map(
      (e): AccReportEvent => ({
        id: e.id,
        reportId: e.report_id,
        at: new Date(e.at).toISOString(),
        actor: e.actor_username,
        action: e.action as AccReportEvent['action'],
        fromState: e.from_state as AccReportEvent['fromState'],
        toState: e.to_state as AccReportEvent['toState'],
        status: e.status as AccReportEvent['status'],
        comment: e.comment,
      }),
    ),
    files: files.map(toFileInfo),
  };
}

export async function findEvidenceFile(db: Db, id: number) {
  const r = await db.selectFrom('acc_files').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { ...toFileInfo(r), data: r.data };
}

export async function listInspections(db: Db, planId: number) {
  const [inspections, rects, events] = await Promise.all([
    db
      .selectFrom('acc_inspections')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('held_on', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('acc_rectifications as r')
      .innerJoin('acc_inspections as i', 'i.id', 'r.inspection_id')
      .selectAll('r')
      .where('i.plan_id', '=', planId)
      .orderBy('r.id')
      .execute(),
    db
      .selectFrom('acc_rectification_events as e')
      .innerJoin('acc_rectifications as r', 'r.id', 'e.rectification_id')
      .innerJoin('acc_inspections as i', 'i.id', 'r.inspection_id')
      .selectAll('e')
      .where('i.plan_id', '=', planId)
      .orderBy('e.id')
      .execute(),
  ]);
  return inspections.map((i) => ({
    ...toInspection(i),
    rectifications: rects
      .filter((r) => r.inspection_id === i.id)
      .map((r) => ({
        ...toRectification(r),
        history: events.filter((e) => e.rectification_id === r.id).map(toRectificationEvent),
      })),
  }));
}

/** A unit's notifications with the read state of one user (every liaison of the unit reads for themselves). */
export async function listNotifications(
  db: Db,
  unitId: number,
  userId: number,
  limit = 50,
): Promise<{ unread: number; items: AccNotification[] }> {
  const [rows, unread] = await Promise.all([
    db
      .selectFrom('acc_notifications as n')
      .leftJoin('acc_notification_reads as r', (j) =>
        j.onRef('r.notification_id', '=', 'n.id').on('r.user_id', '=', userId),
      )
      .selectAll('n')
      .select('r.read_at')
      .where('n.unit_id', '=', unitId)
      .orderBy('n.id', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('acc_notifications as n')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('n.unit_id', '=', unitId)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('acc_notification_reads as r')
              .select('r.user_id')
              .whereRef('r.notification_id', '=', 'n.id')
              .where('r.user_id', '=', userId),
          ),
        ),
      )
      .executeTakeFirstOrThrow(),
  ]);
  return {
    unread: Number(unread.n),
    items: rows.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      kind: r.kind as AccNotification['kind'],
      dedupeKey: r.dedupe_key,
      params: (typeof r.params === 'string' ? JSON.parse(r.params) : r.params) as AccNotification['params'],
      link: r.link,
      createdAt: new Date(r.created_at).toISOString(),
      readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
    })),
  };
}

/** Marks the unit's notifications (some, or all) read for one user; returns how many were newly marked. */
export async function markNotificationsRead(db: Db, unitId: number, userId: number, ids: number[] | 'all') {
  let pick = db
    .selectFrom('acc_notifications')
    .select((eb) => ['id', eb.val(userId).as('user_id')])
    .where('unit_id', '=', unitId);
  if (ids !== 'all') pick = pick.where('id', 'in', ids.length ? ids : [0]);
  const r = await db
    .insertInto('acc_notification_reads')
    .columns(['notification_id', 'user_id'])
    .expression(pick)
    .onConflict((oc) => oc.columns(['notification_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}

export async function setUnitArea(db: Db, unitId: number, areaCode: string) {
  await db
    .insertInto('acc_unit_areas')
    .values({ unit_id: unitId, area_code: areaCode })
    .onConflict((oc) => oc.column('unit_id').doUpdateSet({ area_code: areaCode }))
    .execute();
}

export async function listInspectionRows(db: Db, planId: number) {
  return (await db.selectFrom('acc_inspections').selectAll().where('plan_id', '=', planId).execute()).map(
    toInspection,
  );
}

export async function findUnitArea(db: Db, unitId: number) {
  const r = await db
    .selectFrom('acc_unit_areas as u')
    .innerJoin('areas as a', 'a.code', 'u.area_code')
    .select(['a.code', 'a.path'])
    .where('u.unit_id', '=', unitId)
    .executeTakeFirst();
  return r && { code: r.code, path: r.path };
}
