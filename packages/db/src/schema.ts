// Kysely table types: the database as the code sees it.
import type { ColumnType, Generated } from 'kysely';

/** A timestamp with a database default: optional on insert. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;
type WithDefault<T> = ColumnType<T, T | undefined, T>;

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
}
export interface PlanSectionsTable {
  plan_id: number;
  number: number;
  title: string;
  text: string;
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
  number: number;
  title: string;
  text: string;
  position: number;
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
  number: number;
  title: string;
  text: string;
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
  value: number;
  comparator: '=' | '>' | '>=';
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
  population: number | null;
  population_year: number | null;
  population_source: string | null;
}
export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: 'office' | 'liaison' | 'district' | 'viewer';
  unit_id: number | null;
  area_code: string | null;
  created_at: Timestamp;
}
export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
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

export interface Database {
  plans: PlansTable;
  plan_sections: PlanSectionsTable;
  org_units: OrgUnitsTable;
  plan_groups: PlanGroupsTable;
  plan_group_leads: PlanGroupLeadsTable;
  plan_tasks: PlanTasksTable;
  plan_task_units: PlanTaskUnitsTable;
  plan_targets: PlanTargetsTable;
  areas: AreasTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
}
