// What the training store returns and takes (the db package maps its rows to these).
import type { TargetGroup } from '../services/svc.codes.ts';
import type { CourseGroup, Programme, SessionMode, SessionState, Sex, TraineeMode } from './trn.codes.ts';

export type Headcount = Partial<Record<TargetGroup, number>>;
export type BySex = Partial<Record<Sex, number>>;

export interface CourseInput {
  title: string;
  programme: Programme;
  /** the plan task it carries out (its number in the current plan), if any */
  taskNumber: number | null;
  organiserUnitId: number;
  areaCode: string;
  topic: string;
  targetGroup: CourseGroup;
  traineeMode: TraineeMode;
  /** headcount mode: trainees by group; named mode: ignored (counted from the names) */
  headcount: Headcount;
  bySex: BySex | null;
  /** headcount mode: how many completed; named mode: counted from the trainees */
  completedCount: number | null;
}

export interface CourseRecord extends CourseInput {
  id: number;
  organiserName: string;
  areaName: string;
  areaPath: string[];
  /** the year of its first session not voided (else of its creation) */
  year: number;
  /** trainees (the headcount's sum, or the named trainees) and of them completed */
  trainees: number;
  completed: number;
  /** completed sessions and their hours */
  sessionsHeld: number;
  hoursHeld: number;
  demo: boolean;
  createdAt: string;
}

export interface SessionInput {
  startsOn: string;
  endsOn: string;
  hours: number;
  place: string;
  mode: SessionMode;
}
export interface SessionRecord extends SessionInput {
  id: number;
  courseId: number;
  state: SessionState;
  completedAt: string | null;
  voidedAt: string | null;
  voidReason: string | null;
}

export interface TraineeInput {
  name: string;
  unit: string;
  phone: string;
  targetGroup: TargetGroup;
  sex: Sex | null;
}
export interface TraineeRecord extends TraineeInput {
  id: number;
  courseId: number;
  consentAt: string;
  completed: boolean;
  certificateNo: string;
  erased: boolean;
}

export interface TrnFileInfo {
  id: number;
  courseId: number;
  fileName: string;
  contentType: string;
  bytes: number;
  uploadedBy: string;
  uploadedAt: string;
}

export interface CourseQuery {
  year?: number;
  programme?: Programme;
  organiserUnitId?: number;
  /** courses in this area's subtree */
  areaRoot?: string;
}
