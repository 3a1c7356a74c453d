// A plan version as loaded in one piece: the read model every plan view is derived from.
import type { GroupKind, Outline } from '../plan/outline.schema.ts';

export interface UnitRef {
  id: number;
  name: string;
}
export interface PlanHeader {
  id: number;
  jurisdictionCode: string;
  jurisdictionName: string;
  title: string;
  documentNumber: string;
  issuedOn: string | null;
  period: { start: number; end: number };
  version: number;
  current: boolean;
  importedAt: string;
}
export interface GroupRecord {
  id: number;
  kind: GroupKind;
  number: number;
  title: string;
  text: string;
  leadUnitIds: number[];
  taskNumbers: number[];
}
export interface TaskRecord {
  number: number;
  groupId: number | null;
  title: string;
  text: string;
  unitIds: number[];
}
export interface PlanBundle {
  plan: PlanHeader;
  sections: Outline['sections'];
  groups: GroupRecord[];
  tasks: TaskRecord[];
  targets: Outline['targets'];
  units: Map<number, UnitRef>;
}
