// The words for the training codes, Chinese first and English with the same keys, shared by the admin app and the
// server's exports so that each code reads the same everywhere (groups are the services' words).
import type { Programme, SessionMode, SessionState, Sex, TraineeMode } from './trn.codes.ts';

type Labels = {
  programmes: Record<Programme, string>;
  traineeModes: Record<TraineeMode, string>;
  modes: Record<SessionMode, string>;
  states: Record<SessionState, string>;
  sexes: Record<Sex, string>;
};

export const trnLabels: { zh: Labels; en: Labels } = {
  zh: {
    programmes: {
      teachers: '教师科学素质培训',
      cadres: '领导干部和公务员科学素质培训',
      farmers: '高素质农民培训',
      workers: '职工技能培训',
      other: '其他培训',
    },
    traineeModes: { headcount: '按人群计数', named: '逐人登记' },
    modes: { offline: '线下', online: '线上' },
    states: { planned: '计划', completed: '已办结', void: '已作废' },
    sexes: { male: '男', female: '女' },
  },
  en: {
    programmes: {
      teachers: "Teachers' science literacy training",
      cadres: 'Science courses for cadres and civil servants',
      farmers: 'High-quality farmer training',
      workers: "Workers' skills training",
      other: 'Other training',
    },
    traineeModes: { headcount: 'Headcount by group', named: 'Named trainees' },
    modes: { offline: 'On site', online: 'Online' },
    states: { planned: 'Planned', completed: 'Held', void: 'Void' },
    sexes: { male: 'Male', female: 'Female' },
  },
};
