// Tables of the supervision capability (督查).
import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp, WithDefault } from './columns.ts';

/** Accountability (issue 4): dates are ISO `YYYY-MM-DD` text, compared as strings. */
export interface AccUnitAreasTable {
  unit_id: number;
  area_code: string;
}
export interface AccWorkItemsTable {
  id: Generated<number>;
  plan_id: number;
  year: number;
  task_number: number;
  title: string;
  owner_unit_ids: number[];
  deliverable: WithDefault<string>;
  due_on: string;
  target_value: number | null;
  target_unit: string | null;
  weight: WithDefault<number>;
  copied_from: number | null;
  evidence_required: WithDefault<boolean>;
  created_at: Timestamp;
}
export interface AccRoundsTable {
  id: Generated<number>;
  plan_id: number;
  year: number;
  period: 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2' | 'Y';
  title: string;
  opens_on: string;
  due_on: string;
  closes_on: string;
  created_at: Timestamp;
}
export interface AccRoundExtensionsTable {
  round_id: number;
  unit_id: number;
  closes_on: string;
  reason: string;
}
export interface AccReportsTable {
  id: Generated<number>;
  round_id: number;
  task_number: number;
  unit_id: number;
  state: 'draft' | 'submitted' | 'returned' | 'accepted';
  status: string;
  previous_status: string | null;
  progress: number;
  done_text: string;
  measures: string;
  problems: string;
  next_steps: string;
  items: Json;
  first_submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  accepted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  returned_count: WithDefault<number>;
  updated_at: Timestamp;
  /** Written by the demo seed (shown with a 示例 tag). */
  demo: Generated<boolean>;
}
export interface AccReportEventsTable {
  id: Generated<number>;
  report_id: number;
  at: Timestamp;
  actor_username: string;
  action: string;
  from_state: string | null;
  to_state: string;
  status: string | null;
  comment: WithDefault<string>;
}
export interface AccFilesTable {
  id: Generated<number>;
  report_id: number | null;
  file_name: string;
  content_type: string;
  size: number;
  data: Uint8Array;
  uploaded_by: string;
  uploaded_at: Timestamp;
}
export interface AccWeightsTable {
  plan_id: number;
  level: 'task' | 'group';
  ref: number;
  weight: number;
}
export interface AccInspectionsTable {
  id: Generated<number>;
  plan_id: number;
  held_on: string;
  title: string;
  method: string;
  unit_ids: number[];
  task_numbers: number[];
  summary: WithDefault<string>;
  created_at: Timestamp;
  /** Written by the demo seed (shown with a 示例 tag). */
  demo: Generated<boolean>;
}
export interface AccRectificationsTable {
  id: Generated<number>;
  inspection_id: number;
  finding: string;
  owner_unit_id: number;
  deadline: string;
  state: 'open' | 'responded' | 'closed';
  response: WithDefault<string>;
  responded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  note: WithDefault<string>;
  reopen_count: WithDefault<number>;
}
export interface AccRectificationEventsTable {
  id: Generated<number>;
  rectification_id: number;
  at: Timestamp;
  actor_username: string;
  action: 'respond' | 'close' | 'reopen';
  comment: WithDefault<string>;
}
export interface AccNotificationsTable {
  id: Generated<number>;
  unit_id: number;
  kind: string;
  dedupe_key: string;
  params: Json;
  link: string;
  created_at: Timestamp;
}
export interface AccNotificationReadsTable {
  notification_id: number;
  user_id: number;
  read_at: Timestamp;
}
export interface AccEmailOutboxTable {
  id: Generated<number>;
  notification_id: number;
  to_address: string;
  subject: string;
  body: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: WithDefault<number>;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface AccUnitEmailsTable {
  unit_id: number;
  email: string;
  /** when the unit first had an address: only notifications from then on are mailed */
  since: Generated<Date>;
}
