// A plan version as loaded in one piece: the read model every plan view is derived from.
import type { GroupKind } from '../plan/outline.schema.ts';
import type { StorableTarget } from '../plan/outline-storable.ts';

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
  /** The kepu-outline version it was imported in; export writes the same. */
  format: 1 | 2;
  /** The text between the title and the first section, verbatim (/2). */
  preamble: string;
}
export interface GroupRecord {
  id: number;
  kind: GroupKind;
  number: number;
  /** false when the document gives the group no number (number is then 0). */
  numbered: boolean;
  /** The section it is written in (/2), else null. */
  section: number | null;
  title: string;
  text: string;
  leadUnitIds: number[];
  taskNumbers: number[];
}
export interface TaskRecord {
  /** The plan-wide key every other capability refers to. */
  number: number;
  /** The number as written (numbers may restart in each group); null for a "——" item. */
  writtenNumber: number | null;
  groupId: number | null;
  title: string;
  text: string;
  unitIds: number[];
}
export interface PlanBundle {
  plan: PlanHeader;
  sections: { number: number; title: string; kind: string | null; text: string }[];
  groups: GroupRecord[];
  tasks: TaskRecord[];
  targets: StorableTarget[];
  units: Map<number, UnitRef>;
}
