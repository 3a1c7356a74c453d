// The AccStore's reports, report events, evidence files, inspections, rectifications and notifications.
import type { AccPreviousReport, AccStore, NewReport } from '@kepu/domain/accountability';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import {
  iso,
  toFileInfo,
  toInspection,
  toRectification,
  toRectificationEvent,
  toReport,
} from './acc.mappers.ts';

type Db = Kysely<Database>;
type ReportPart = Pick<
  AccStore,
  | 'findReport'
  | 'findReportCell'
  | 'previousReport'
  | 'insertReport'
  | 'updateReport'
  | 'insertEvent'
  | 'insertFile'
  | 'countFiles'
  | 'deleteFile'
  | 'insertInspection'
  | 'insertRectification'
  | 'findRectification'
  | 'updateRectification'
  | 'insertRectificationEvent'
  | 'notify'
>;

const reportRow = (p: Partial<NewReport>) => ({
  ...(p.roundId !== undefined ? { round_id: p.roundId } : {}),
  ...(p.taskNumber !== undefined ? { task_number: p.taskNumber } : {}),
  ...(p.unitId !== undefined ? { unit_id: p.unitId } : {}),
  ...(p.state !== undefined ? { state: p.state } : {}),
  ...(p.status !== undefined ? { status: p.status } : {}),
  ...(p.previousStatus !== undefined ? { previous_status: p.previousStatus } : {}),
  ...(p.progress !== undefined ? { progress: p.progress } : {}),
  ...(p.done !== undefined ? { done_text: p.done } : {}),
  ...(p.measures !== undefined ? { measures: p.measures } : {}),
  ...(p.problems !== undefined ? { problems: p.problems } : {}),
  ...(p.nextSteps !== undefined ? { next_steps: p.nextSteps } : {}),
  ...(p.items !== undefined ? { items: JSON.stringify(p.items) } : {}),
  ...(p.firstSubmittedAt !== undefined ? { first_submitted_at: p.firstSubmittedAt } : {}),
  ...(p.submittedAt !== undefined ? { submitted_at: p.submittedAt } : {}),
  ...(p.acceptedAt !== undefined ? { accepted_at: p.acceptedAt } : {}),
  ...(p.returnedCount !== undefined ? { returned_count: p.returnedCount } : {}),
});

export function accReportStore(db: Db): ReportPart {
  return {
    findReport: async (id) => {
      const r = await db.selectFrom('acc_reports').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toReport(r);
    },
    findReportCell: async (roundId, taskNumber, unitId) => {
      const r = await db
        .selectFrom('acc_reports')
        .selectAll()
        .where('round_id', '=', roundId)
        .where('task_number', '=', taskNumber)
        .where('unit_id', '=', unitId)
        .executeTakeFirst();
      return r && toReport(r);
    },
    previousReport: async (round, taskNumber, unitId) => {
      const r = await db
        .selectFrom('acc_reports as r')
        .innerJoin('acc_rounds as o', 'o.id', 'r.round_id')
        .select(['r.id', 'o.title', 'r.state', 'r.status', 'r.submitted_at', 'r.accepted_at'])
        .where('o.plan_id', '=', round.planId)
        .where('o.due_on', '<', round.dueOn)
        .where('r.task_number', '=', taskNumber)
        .where('r.unit_id', '=', unitId)
        .where('r.state', '<>', 'draft')
        .orderBy('o.due_on', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!r) return undefined;
      const at = r.accepted_at ?? r.submitted_at;
      return {
        id: r.id,
        roundTitle: r.title,
        state: r.state as AccPreviousReport['state'],
        status: r.status as AccPreviousReport['status'],
        at: iso(at),
      };
    },
    insertReport: async (r) =>
      toReport(
        await db
          .insertInto('acc_reports')
          .values(reportRow(r) as never)
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),
    updateReport: async (id, p) =>
      toReport(
        await db
          .updateTable('acc_reports')
          .set({ ...reportRow(p), updated_at: sql`now()` })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),
    insertEvent: async (e) => {
      const r = await db
        .insertInto('acc_report_events')
        .values({
          report_id: e.reportId,
          actor_username: e.actor,
          action: e.action,
          from_state: e.fromState,
          to_state: e.toState,
          status: e.status,
          comment: e.comment,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { ...e, id: r.id, at: new Date(r.at).toISOString() };
    },
    insertFile: async (f) =>
      toFileInfo(
        await db
          .insertInto('acc_files')
          .values({
            report_id: f.reportId,
            file_name: f.fileName,
            content_type: f.contentType,
            size: f.data.byteLength,
            data: f.data,
            uploaded_by: f.uploadedBy,
          })
          .returning(['id', 'report_id', 'file_name', 'content_type', 'size', 'uploaded_by', 'uploaded_at'])
          .executeTakeFirstOrThrow(),
      ),
    countFiles: async (reportId) =>
      Number(
        (
          await db
            .selectFrom('acc_files')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('report_id', '=', reportId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    deleteFile: async (id) => {
      await db.deleteFrom('acc_files').where('id', '=', id).execute();
    },

    insertInspection: async (i) =>
      toInspection(
        await db
          .insertInto('acc_inspections')
          .values({
            plan_id: i.planId,
            held_on: i.heldOn,
            title: i.title,
            method: i.method,
            unit_ids: i.unitIds,
            task_numbers: i.taskNumbers,
            summary: i.summary,
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),
    insertRectification: async (r) =>
      toRectification(
        await db
          .insertInto('acc_rectifications')
          .values({
            inspection_id: r.inspectionId,
            finding: r.finding,
            owner_unit_id: r.ownerUnitId,
            deadline: r.deadline,
            state: r.state,
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),
    insertRectificationEvent: async (e) =>
      toRectificationEvent(
        await db
          .insertInto('acc_rectification_events')
          .values({
            rectification_id: e.rectificationId,
            actor_username: e.actor,
            action: e.action,
            comment: e.comment,
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),
    findRectification: async (id) => {
      const r = await db.selectFrom('acc_rectifications').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toRectification(r);
    },
    updateRectification: async (id, p) =>
      toRectification(
        await db
          .updateTable('acc_rectifications')
          .set({
            ...(p.state !== undefined ? { state: p.state } : {}),
            ...(p.response !== undefined ? { response: p.response } : {}),
            ...(p.respondedAt !== undefined ? { responded_at: p.respondedAt } : {}),
            ...(p.closedAt !== undefined ? { closed_at: p.closedAt } : {}),
            ...(p.note !== undefined ? { note: p.note } : {}),
            ...(p.reopenCount !== undefined ? { reopen_count: p.reopenCount } : {}),
            ...(p.deadline !== undefined ? { deadline: p.deadline } : {}),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),

    notify: async (n) => {
      const r = await db
        .insertInto('acc_notifications')
        .values({
          unit_id: n.unitId,
          kind: n.kind,
          dedupe_key: n.dedupeKey,
          params: JSON.stringify(n.params),
          link: n.link,
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      return r !== undefined;
    },
  };
}
