// Shapes of the JSON the Kepu API answers with (docs/API.md): the domain's types from @kepu/domain (types only),
// plus what the server's routes add; WEB-TYPES-LEFT.md lists the copies left.
import type {
  Abilities,
  DutyRole,
  GroupKind,
  groupView,
  listUnits,
  Outline,
  OutlineTarget,
  PlanHeader,
  ResponsibilityMatrix,
  Role,
  TaskView,
  TrajectoryPoint,
  UnitPatchInput,
  UnitRef,
  UserRecord,
} from '@kepu/domain';

export type { Abilities, GroupKind, Role, TrajectoryPoint, UnitRef };
export type TaskRole = DutyRole;
export type Plan = PlanHeader;
export type Section = Outline['sections'][number];
export type Group = ReturnType<typeof groupView>;
export type Target = OutlineTarget;
export type Task = TaskView;
export type Matrix = ResponsibilityMatrix;
export type UnitContact = UnitPatchInput;

export interface User extends UserRecord {
  createdAt?: string;
}

/** True when an ability list (`'all'` or ids) covers `id`. */
export function allows<T>(list: T[] | 'all', id: T): boolean {
  return list === 'all' || list.includes(id);
}

export interface Session {
  user: User;
  abilities: Abilities;
}

export interface PlanDetail {
  plan: Plan;
  sections: Section[];
  groups: Group[];
  targets: Target[];
  trajectory: TrajectoryPoint[];
}

/** The area a unit is linked to for district scope; null: a city-level unit. */
export type UnitAreaRef = { code: string; name: string } | null;

export type UnitSummary = ReturnType<typeof listUnits>[number] & { area: UnitAreaRef };

export interface UnitDetail {
  unit: {
    id: number;
    name: string;
    contactName?: string | null;
    contactPhone?: string | null;
    note?: string | null;
    /** where the unit's reminder mail goes; only for those who see contacts */
    emails?: string[];
    area: UnitAreaRef;
  };
  leads: Group[];
  tasks: { task: Task; role: TaskRole }[];
}

export interface Area {
  code: string;
  name: string;
  level: 'city' | 'district' | 'zone' | 'town' | string;
  parentCode: string | null;
  population?: number | null;
  populationYear?: number | null;
  populationSource?: string | null;
  children: Area[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: number | null; username: string | null } | null;
  action: string;
  entity: string;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  total: number;
  items: AuditEntry[];
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitId?: number;
  areaCode?: string;
}
