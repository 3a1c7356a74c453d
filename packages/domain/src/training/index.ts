// @kepu/domain/training: training courses for the plan's groups, their sessions on the participation ledger, trainees
// by headcount or named with consent (masked, purged), evidence files, and the year's summary per programme.
export {
  courseDetail,
  courseScope,
  createCourse,
  listCourses,
  PAGE_SIZE,
  updateCourse,
  visibleCourses,
  yearClosed,
} from './courses.use-cases.ts';
export { attachCourseFile, courseFile, MAX_FILES_PER_COURSE } from './files.use-cases.ts';
export { addSession, completeSession, updateSession, voidSession } from './sessions.use-cases.ts';
export { type SummaryRow, yearSummary } from './summary.use-cases.ts';
export {
  addTrainee,
  purgeTrainees,
  removeTrainee,
  traineesPersonal,
  updateTrainee,
} from './trainees.use-cases.ts';
export * from './trn.codes.ts';
export type { TrnContext, TrnStore } from './trn.ports.ts';
export { presentTrainee, type TraineeView } from './trn.presenters.ts';
export type * from './trn.records.ts';
export * from './trn.schemas.ts';
