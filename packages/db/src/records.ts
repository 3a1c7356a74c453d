// Table rows as the domain's records: the one place column names turn into the ports' field names.
import type {
  AccountRecord,
  AreaListing,
  AuditItem,
  PlanSummary,
  UnitProfile,
  UserListItem,
  UserRecord,
} from '@kepu/domain';
import type { Selectable } from 'kysely';
import type { AuditRow } from './repositories/audit.repository.ts';
import type { AreasTable, OrgUnitsTable, PlansTable, UsersTable } from './schema/core.ts';

const iso = (t: Date | string) => new Date(t).toISOString();

export const unitProfile = (r: Selectable<OrgUnitsTable>): UnitProfile => ({
  id: r.id,
  jurisdictionCode: r.jurisdiction_code,
  name: r.name,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  note: r.note,
});

export const areaRecord = (r: Selectable<AreasTable>) => ({ code: r.code, name: r.name, path: r.path });

type Population = { area_code: string; year: number; population: number; source: string };
export const areaListing = (r: Selectable<AreasTable>, p: Population | undefined): AreaListing => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parent_code,
  population: p?.population ?? null,
  populationYear: p?.year ?? null,
  populationSource: p?.source ?? null,
});

export const userRecord = (
  r: Pick<Selectable<UsersTable>, 'id' | 'username' | 'display_name' | 'role' | 'unit_id' | 'area_code'>,
): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  unitId: r.unit_id,
  areaCode: r.area_code,
});

type AccountRow = Parameters<typeof userRecord>[0] &
  Pick<
    Selectable<UsersTable>,
    'disabled_at' | 'locked_at' | 'failed_logins' | 'must_change_password' | 'jurisdiction_code'
  >;
const isoOrNull = (t: Date | string | null) => (t === null ? null : iso(t));
export const accountRecord = (r: AccountRow): AccountRecord => ({
  ...userRecord(r),
  disabledAt: isoOrNull(r.disabled_at),
  lockedAt: isoOrNull(r.locked_at),
  failedLogins: r.failed_logins,
  mustChangePassword: r.must_change_password,
  jurisdictionCode: r.jurisdiction_code,
});

type UserListRow = AccountRow & {
  unit_name: string | null;
  area_name: string | null;
  area_path: string[] | null;
  created_at: Date | string;
};
export const userListItem = (r: UserListRow): UserListItem & { areaPath: string[] } => ({
  ...accountRecord(r),
  unitName: r.unit_name,
  areaName: r.area_name,
  createdAt: iso(r.created_at),
  areaPath: r.area_path ?? [],
});

export const planSummary = (p: Selectable<PlansTable>): PlanSummary => ({
  id: p.id,
  title: p.title,
  jurisdictionCode: p.jurisdiction_code,
  jurisdictionName: p.jurisdiction_name,
  version: p.version,
  importedAt: iso(p.imported_at),
  current: p.is_current,
});

export const auditItem = (i: AuditRow): AuditItem => ({
  id: i.id,
  at: iso(i.at),
  actor: { id: i.actor_id, username: i.actor_username, name: i.actor_name, unit: i.actor_unit },
  // the log holds only the codes AuditEntry allows (the audit tests read every stored code back)
  action: i.action as AuditItem['action'],
  entity: i.entity as AuditItem['entity'],
  entityId: i.entity_id,
  subject: { name: i.subject_name, unit: i.subject_unit },
  before: i.before,
  after: i.after,
});
