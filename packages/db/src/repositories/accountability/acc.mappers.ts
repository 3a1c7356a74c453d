// Rows to accountability records: ISO instants, camelCase, parsed JSON.
import type {
  AccExtension,
  AccFileInfo,
  AccInspection,
  AccRectification,
  AccRectificationEvent,
  AccReport,
  AccRound,
  AccWorkItem,
  ReportItem,
} from '@kepu/domain/accountability';
import type { Selectable } from 'kysely';
import type {
  AccFilesTable,
  AccInspectionsTable,
  AccRectificationEventsTable,
  AccRectificationsTable,
  AccReportsTable,
  AccRoundExtensionsTable,
  AccRoundsTable,
  AccWorkItemsTable,
} from '../../schema/accountability.ts';

export const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export const toRound = (r: Selectable<AccRoundsTable>): AccRound => ({
  id: r.id,
  planId: r.plan_id,
  year: r.year,
  period: r.period,
  title: r.title,
  opensOn: r.opens_on,
  dueOn: r.due_on,
  closesOn: r.closes_on,
});
export const toExtension = (r: Selectable<AccRoundExtensionsTable>): AccExtension => ({
  roundId: r.round_id,
  unitId: r.unit_id,
  closesOn: r.closes_on,
  reason: r.reason,
});
export const toWorkItem = (r: Selectable<AccWorkItemsTable>): AccWorkItem => ({
  id: r.id,
  planId: r.plan_id,
  year: r.year,
  taskNumber: r.task_number,
  title: r.title,
  ownerUnitIds: r.owner_unit_ids.map(Number),
  deliverable: r.deliverable,
  dueOn: r.due_on,
  targetValue: r.target_value === null ? null : Number(r.target_value),
  targetUnit: r.target_unit,
  weight: Number(r.weight),
  copiedFrom: r.copied_from,
  evidenceRequired: r.evidence_required,
});
export const toReport = (r: Selectable<AccReportsTable>): AccReport => ({
  id: r.id,
  roundId: r.round_id,
  taskNumber: r.task_number,
  unitId: r.unit_id,
  state: r.state,
  status: r.status as AccReport['status'],
  previousStatus: r.previous_status as AccReport['previousStatus'],
  progress: r.progress,
  done: r.done_text,
  measures: r.measures,
  problems: r.problems,
  nextSteps: r.next_steps,
  items: json<ReportItem[]>(r.items),
  firstSubmittedAt: iso(r.first_submitted_at),
  submittedAt: iso(r.submitted_at),
  acceptedAt: iso(r.accepted_at),
  returnedCount: r.returned_count,
  updatedAt: iso(r.updated_at) as string,
  demo: r.demo,
});
export const toFileInfo = (r: Omit<Selectable<AccFilesTable>, 'data'>): AccFileInfo => ({
  id: r.id,
  reportId: r.report_id,
  fileName: r.file_name,
  contentType: r.content_type,
  size: r.size,
  uploadedBy: r.uploaded_by,
  uploadedAt: iso(r.uploaded_at) as string,
});
export const toInspection = (r: Selectable<AccInspectionsTable>): AccInspection => ({
  id: r.id,
  planId: r.plan_id,
  heldOn: r.held_on,
  title: r.title,
  method: r.method,
  unitIds: r.unit_ids.map(Number),
  taskNumbers: r.task_numbers.map(Number),
  summary: r.summary,
  demo: r.demo,
});
export const toRectificationEvent = (r: Selectable<AccRectificationEventsTable>): AccRectificationEvent => ({
  id: r.id,
  rectificationId: r.rectification_id,
  at: new Date(r.at).toISOString(),
  actor: r.actor_username,
  action: r.action,
  comment: r.comment,
});
export const toRectification = (r: Selectable<AccRectificationsTable>): AccRectification => ({
  id: r.id,
  inspectionId: r.inspection_id,
  finding: r.finding,
  ownerUnitId: r.owner_unit_id,
  deadline: r.deadline,
  state: r.state,
  response: r.response,
  respondedAt: iso(r.responded_at),
  closedAt: iso(r.closed_at),
  note: r.note,
  reopenCount: r.reopen_count,
});
