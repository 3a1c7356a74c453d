// What the training use-cases need from storage; sessions reach the participation ledger through the services' port,
// and the statistics' report states say whether a year is closed.
import type { IndStore } from '../indicators/ind.ports.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import type { SvcStore } from '../services/svc.ports.ts';
import type { AreaStore, PlanStore, UnitStore } from '../use-cases/ports.ts';
import type {
  CourseInput,
  CourseQuery,
  CourseRecord,
  SessionInput,
  SessionRecord,
  TraineeInput,
  TraineeRecord,
  TrnFileInfo,
} from './trn.records.ts';

export interface TrnStore {
  listCourses(q: CourseQuery): Promise<CourseRecord[]>;
  getCourse(id: number): Promise<CourseRecord | undefined>;
  insertCourse(c: CourseInput, by: string): Promise<CourseRecord>;
  updateCourse(id: number, patch: Partial<CourseInput>): Promise<void>;

  listSessions(courseId: number): Promise<SessionRecord[]>;
  getSession(id: number): Promise<SessionRecord | undefined>;
  insertSession(courseId: number, s: SessionInput): Promise<SessionRecord>;
  updateSession(id: number, patch: Partial<SessionInput>): Promise<void>;
  completeSession(id: number, at: string): Promise<void>;
  voidSession(id: number, reason: string, by: string, at: string): Promise<void>;

  listTrainees(courseId: number): Promise<TraineeRecord[]>;
  getTrainee(id: number): Promise<TraineeRecord | undefined>;
  insertTrainee(courseId: number, t: TraineeInput, consentAt: string): Promise<TraineeRecord>;
  updateTrainee(
    id: number,
    patch: Partial<TraineeInput & { completed: boolean; certificateNo: string }>,
  ): Promise<void>;
  deleteTrainee(id: number): Promise<void>;
  /** Named trainees not yet erased of courses whose last session ended before this day. */
  purgeableTrainees(before: string): Promise<number[]>;
  eraseTrainee(id: number): Promise<void>;

  listFiles(courseId: number): Promise<TrnFileInfo[]>;
  insertFile(f: Omit<TrnFileInfo, 'id' | 'uploadedAt'> & { data: Uint8Array }): Promise<TrnFileInfo>;
  getFile(id: number): Promise<(TrnFileInfo & { data: Uint8Array }) | undefined>;
}

export type TrnContext = UseCaseContext<{
  trn: TrnStore;
  svc: SvcStore;
  ind: IndStore;
  areas: AreaStore;
  units: UnitStore;
  plans: PlanStore;
}>;
