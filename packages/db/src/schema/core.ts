// Tables of the plan, units, areas, accounts, sessions and the audit log.
import type { Generated } from 'kysely';
import type { Json, Stamp, Timestamp, WithDefault } from './columns.ts';

export interface PlansTable {
  id: Generated<number>;
  jurisdiction_code: string;
  jurisdiction_name: string;
  title: string;
  document_number: string;
  issued_on: string | null;
  period_start: number;
  period_end: number;
  version: number;
  is_current: boolean;
  imported_at: Timestamp;
  imported_by: number | null;
  /** The plan of the jurisdiction above that this plan implements (national → province → city → county). */
  implements_plan_id: WithDefault<number | null>;
  /** Made up by the demo data (shown as 示例). */
  demo: WithDefault<boolean>;
  /** 1 or 2: the kepu-outline version it was imported in (export writes the same). */
  format: WithDefault<number>;
  preamble: WithDefault<string>;
}
export interface PlanSectionsTable {
  plan_id: number;
  number: number;
  title: string;
  text: string;
  kind: string | null;
  /** Place in the outline's `sections`. */
  position: number;
}
export interface OrgUnitsTable {
  id: Generated<number>;
  jurisdiction_code: string;
  name: string;
  contact_name: string | null;
  contact_phone: string | null;
  note: WithDefault<string>;
}
export interface PlanGroupsTable {
  id: Generated<number>;
  plan_id: number;
  kind: 'action' | 'project' | 'measure';
  /** As written; 0 with numbered = false when the document gives none. */
  number: number;
  title: string;
  text: string;
  position: number;
  section_number: number | null;
  numbered: WithDefault<boolean>;
}
export interface PlanGroupLeadsTable {
  group_id: number;
  unit_id: number;
  position: number;
}
export interface PlanTasksTable {
  id: Generated<number>;
  plan_id: number;
  group_id: number | null;
  /** The plan-wide key (the written number in /1, the place in /2). */
  number: number;
  /** The number as written; null for a "——" item. */
  written_number: number | null;
  title: string;
  text: string;
  /** Place in the outline's `tasks`, and in its group's `taskNumbers`. */
  position: number;
  group_position: number;
}
export interface PlanTaskUnitsTable {
  task_id: number;
  unit_id: number;
  position: number;
}
export interface PlanTargetsTable {
  id: Generated<number>;
  plan_id: number;
  indicator: string;
  year: number;
  value: number | null;
  comparator: '=' | '>' | '>=' | '<' | '<=' | '≈' | 'qualitative';
  text: WithDefault<string>;
  source: WithDefault<string>;
  kind: 'baseline' | 'target';
  unit: string;
  position: number;
}
export interface AreasTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'district' | 'zone' | 'town';
  parent_code: string | null;
  /** Ancestor codes from the root, e.g. {211100,211104}: subtree checks without recursion. */
  path: string[];
}
export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: 'office' | 'liaison' | 'district' | 'viewer' | 'analyst' | 'interviewer';
  unit_id: number | null;
  area_code: string | null;
  created_at: Timestamp;
  /** Set by the office: the account cannot sign in. */
  disabled_at: Stamp;
  /** Set at the failed sign-in that reached the limit; cleared by the office. */
  locked_at: Stamp;
  failed_logins: WithDefault<number>;
  must_change_password: WithDefault<boolean>;
  /** The jurisdiction the account is scoped to, and everything below it; null: the server's default jurisdiction. */
  jurisdiction_code: WithDefault<string | null>;
}
export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
  /** The jurisdiction chosen in this session (the switcher); null: the account's own. */
  jurisdiction_code: WithDefault<string | null>;
}
export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  actor_username: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Json;
  after: Json;
}
