// Training records' codes: the programmes of the plan's groups, how trainees are recorded, session modes and states.
// Codes only; the web app labels each in zh-CN and en.

/** 教师科学素质培训, 领导干部和公务员科学素质培训, 高素质农民培训, 职工技能培训, other. */
export const programmes = ['teachers', 'cadres', 'farmers', 'workers', 'other'] as const;
export type Programme = (typeof programmes)[number];

/** The plan's five groups a course is for (trainees themselves may also be counted as 公众, `public`). */
export const courseGroups = ['youth', 'workers', 'farmers', 'elderly', 'officials'] as const;
export type CourseGroup = (typeof courseGroups)[number];

/** Trainees as a headcount by group (and by sex, optionally), or named one by one with their consent. */
export const traineeModes = ['headcount', 'named'] as const;
export type TraineeMode = (typeof traineeModes)[number];

export const sessionModes = ['offline', 'online'] as const;
export type SessionMode = (typeof sessionModes)[number];

/** planned → completed (on the ledger); either → void with a reason (off the ledger). Never deleted. */
export const sessionStates = ['planned', 'completed', 'void'] as const;
export type SessionState = (typeof sessionStates)[number];

export const sexes = ['male', 'female'] as const;
export type Sex = (typeof sexes)[number];

/** The ledger evidence of a session's entries. */
export const sessionEvidence = (id: number) => `trn_session:${id}`;

/** A phone for staff lists: the first three and last four digits. */
export const maskPhone = (p: string) =>
  p.length >= 7 ? `${p.slice(0, 3)}****${p.slice(-4)}` : p ? '****' : '';

/** Completed trainees as a share of trainees (null without trainees), to one decimal of a per cent. */
export const completionRate = (completed: number, trainees: number) =>
  trainees > 0 ? Math.round((completed / trainees) * 1000) / 10 : null;
