// Shapes of the JSON the Kepu API answers with (docs/API.md).

export type Role = 'office' | 'liaison' | 'district' | 'viewer';
export type GroupKind = 'action' | 'project' | 'measure';
export type TaskRole = 'lead' | 'responsible';

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  areaCode: string | null;
  createdAt?: string;
}

export interface Abilities {
  'plan.import': boolean;
  'audit.read': boolean;
  'users.read': boolean;
  'users.create': boolean;
  /** Unit ids the user may edit, or every unit. */
  'unit.edit': number[] | 'all';
  /** Roots of the area subtrees the user may edit, or every area. */
  'area.edit': string[] | 'all';
}

/** True when an ability list (`'all'` or ids) covers `id`. */
export function allows<T>(list: T[] | 'all', id: T): boolean {
  return list === 'all' || list.includes(id);
}

export interface Session {
  user: User;
  abilities: Abilities;
}

export interface UnitRef {
  id: number;
  name: string;
}

export interface Plan {
  id: number;
  title: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  documentNumber: string;
  period: { start: number; end: number };
  version: number;
  current: boolean;
}

export interface Section {
  number: number;
  title: string;
  text: string;
}

export interface Group {
  id: number;
  kind: GroupKind;
  number: number;
  title: string;
  text: string;
  leadUnits: UnitRef[];
  taskNumbers: number[];
}

export interface Target {
  indicator: string;
  year: number;
  value: number;
  comparator: '=' | '>' | '>=';
  kind: 'baseline' | 'target';
  unit: string;
}

export interface TrajectoryPoint {
  year: number;
  value: number;
}

export interface PlanDetail {
  plan: Plan;
  sections: Section[];
  groups: Group[];
  targets: Target[];
  trajectory: TrajectoryPoint[];
}

export interface Task {
  number: number;
  title: string;
  text: string;
  group: { id: number; kind: GroupKind; number: number; title: string } | null;
  responsibleUnits: UnitRef[];
  leadUnits: UnitRef[];
}

/** The area a unit is linked to for district scope; null: a city-level unit. */
export type UnitAreaRef = { code: string; name: string } | null;

export interface UnitSummary {
  id: number;
  name: string;
  leadCount: number;
  taskCount: number;
  area: UnitAreaRef;
}

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

export interface UnitContact {
  contactName?: string | null;
  contactPhone?: string | null;
  note?: string;
  emails?: string[];
}

export interface Matrix {
  units: UnitRef[];
  tasks: { number: number; title: string; groupId: number }[];
  cells: { taskNumber: number; unitId: number; role: TaskRole }[];
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
