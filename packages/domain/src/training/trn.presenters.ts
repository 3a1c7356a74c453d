// What the training routes answer: trainees with the name and phone masked (the full ones are an audited read).
import { maskName } from '../volunteers/vol.codes.ts';
import { maskPhone } from './trn.codes.ts';
import type { TraineeRecord } from './trn.records.ts';

export const presentTrainee = (t: TraineeRecord) => ({
  id: t.id,
  courseId: t.courseId,
  name: t.erased ? t.name : maskName(t.name),
  unit: t.unit,
  phone: maskPhone(t.phone),
  targetGroup: t.targetGroup,
  sex: t.sex,
  completed: t.completed,
  certificateNo: t.certificateNo,
  erased: t.erased,
});
export type TraineeView = ReturnType<typeof presentTrainee>;
